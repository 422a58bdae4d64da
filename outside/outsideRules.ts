/**
 * Rules and values of the outside world (docs/invented-values.md, docs/accessible-names.md, seed 000, domain research §6a, §9) in one table. Every value
 * names its source; values no source supports are marked *invented* so they can be corrected in one place. Units are
 * in the names; times are simulated world time.
 */
import { PASSWORD_RULES, rules } from '../firmware';

const { UNIT_TIMELINE_DAYS } = rules;

const SECOND_MS = 1_000;
const MINUTE_MS = 60 * SECOND_MS;
export const DAY_MS = 24 * 60 * MINUTE_MS;

/** The customer of a new world. Source: docs/accessible-names.md. */
export const CUSTOMER = {
  email: 'alex@example.com',
  password: 'Welcome#2026',
  firstName: 'Alex',
  lastName: 'Morgan',
  phone: '555-0142',
} as const;

/** The automatic support review of a ticket. Source: docs/invented-values.md (default 5 simulated minutes). */
export const TICKET_REVIEW_DELAY_MS = 5 * MINUTE_MS;

/** The first ticket number of a world; later tickets count up from it. *invented* */
export const FIRST_TICKET_NUMBER = 70_412;

/** The app / website verification code (P10). Source: docs/invented-values.md (*invented* there: 10 minutes, 5 wrong tries). */
export const VERIFICATION_CODE_DIGITS = 6;
export const VERIFICATION_CODE_VALID_MS = 10 * MINUTE_MS;
export const VERIFICATION_CODE_MAX_WRONG_TRIES = 5;

/**
 * The account password rule (website and app, one account). No source gives it (domain research §9): *invented*,
 * the same as the recorders' cloud rule (8 to 32 characters, at least 2 of lowercase, uppercase, digits, specials).
 */
export const ACCOUNT_PASSWORD_RULE = PASSWORD_RULES.eightToThirtyTwoTwoTypes;

/** Uploads: images up to 10 MB (*invented*, a size a phone photo fits in); the list of image types is *invented*. */
export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
export const UPLOAD_IMAGE_TYPES: readonly string[] = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/svg+xml',
];
/** A data URL of a 10 MB image in base64 is about 13.4 million characters. */
export const DATA_URL_MAX_CHARS = 14_000_000;

/** Text limits of the forms (longer input gets a message, never a silent cut). *invented* */
export const TEXT_LIMITS = {
  name: 50,
  email: 254,
  phone: 20,
  modelNumber: 16,
  serialNumber: 24,
  deviceId: 15,
  password: 64,
  reason: 500,
  fileName: 120,
} as const;

/** Minimum digits in a phone number (555-0142 has 7). *invented* */
export const PHONE_MIN_DIGITS = 7;

/** The store the customer bought the recorder from, on the receipt. *invented* */
export const STORE = { name: 'Northgate Electronics', email: 'orders@northgate-electronics.example' } as const;
/** How long before the world starts the recorder was bought: after it was made (firmware's UNIT_TIMELINE_DAYS). */
export const PURCHASE_DAYS_BEFORE_START = UNIT_TIMELINE_DAYS.purchasedBeforeStart;
/** The receipt's price, in cents. *invented* */
export const RECEIPT_PRICE_CENTS = 49_999;

/** Who the support e-mails come from. *invented* (example domain: nothing is ever sent). */
export const SUPPORT_SENDER = 'Support <support@recorder-vendor.example>';

/**
 * The phone path (P3) does not require a warranty registration: the agent checks the unit against the manufacturer's
 * records and the caller's photos instead (seed 001, seed 004: "call our Technical Support"; KB-Cloud lists only the
 * Device ID and photos). *invented* choice: no source says either way.
 */
export const PHONE_REQUIRES_WARRANTY = false;

/** The world calendar: a person's "today" is the UTC date of world time (as the recorder's zone, deviceTime.ts). */
export const worldDate = (now: number): string => new Date(now).toISOString().slice(0, 10);
