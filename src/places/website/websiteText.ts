/**
 * The Support Website's words, in one table. Field labels are the exact accessible names of docs/accessible-names.md, which are
 * seed 000's field names word for word ("Model Number", "Serial Number (S/N)", "Date Displayed on Device", ...);
 * seed 000 joins "First and Last Name" in one line, docs/accessible-names.md splits it into First Name and Last Name.
 * Everything else on the site is *invented* (our own vendor, no real vendor's name, artwork or logo).
 */
import type { PasswordCodeField, SignInField } from '../../../outside';

/** *invented*: the simulated vendor's support site. */
export const SITE_NAME = 'Recorder Support Center';

export const SIGN_IN_LABELS: Readonly<Record<SignInField, string>> = { email: 'Email', password: 'Password' };

/**
 * The forms' field labels are the outside world's (outside/website), which names its messages with them: seed 000,
 * "Register Your Warranty" and "Reset Device Password".
 */
export { RESET_REQUEST_LABELS, WARRANTY_LABELS } from '../../../outside';

/** seed 000, "Method 2: Website": email, new password and verification code. */
export const RECOVER_LABELS: Readonly<Record<PasswordCodeField, string>> = {
  email: 'Email',
  newPassword: 'New Password',
  code: 'Verification Code',
};

/** Dates are typed as the recorder and the receipt show them (*invented* format hint). */
export const DATE_PLACEHOLDER = 'YYYY-MM-DD';

/** seed 000, "How to Locate Your Recorder's System Information" (paraphrased for our simulated recorder). */
export const WHERE_TO_FIND: readonly string[] = [
  'Date Displayed on Device: the system date in the top-right corner of the recorder screen (live view).',
  'Device ID: on the QR code sticker on the recorder, and in Info (right click > Info).',
  'Model Number and Serial Number (S/N): in Info, and on the sticker.',
  'Take a picture of the Device Info screen and of the sticker with the serial number.',
];

/** seed 000: support hours, Eastern Time. */
export const SUPPORT_HOURS = 'Support hours (Eastern Time): Mon to Fri 10:00 AM - 9:00 PM; Sat & Sun closed.';
