/**
 * Reading a stored flash back (what survives a power cut): stored data is untrusted (IndexedDB, imported files), so it is
 * migrated to the current version (a migration gives the keys a newer firmware added their defaults) and then
 * checked key by key. After migrating every key must be present and valid, and an initialized flash must hold the
 * admin account: anything else makes the whole flash invalid, because repairing it (blank users, an empty log, a
 * fresh Device Initialization) would lose what the owner saved, or lock them out of their recorder for good.
 */
import * as z from 'zod/mini';
import { CLOCK_OFFSET_MAX_MS, STORED_TIME_MAX_MS, STORED_TIME_MIN_MS } from '../catalogue/rules';
import { CONTROL_CHARACTERS_PROBLEM, hasControlCharacters } from '../domain/plainText';
import { ADMIN_USER_NAME } from '../domain/users';
import { emptyFlash, FLASH_SCHEMA_VERSION, type Flash, type LogEventKind } from './flash';
import { migrateFlash } from './flashMigrations';
import { firstProblem, REPORT_INPUT } from './schemaProblem';

const hex = (bytes: number) =>
  z.string().check(z.regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`), `must be ${bytes * 2} lowercase hex digits`));
const int = () => z.number().check(z.int());
/** A stored time, ms since the epoch, within the range of catalogue/rules.ts (so the OSD can always show it). */
const TIME_RANGE = 'must be a time between 1900-01-01 and 2200-01-01 (ms since 1970)';
export const storedTimeSchema = z
  .number()
  .check(z.int(), z.gte(STORED_TIME_MIN_MS, TIME_RANGE), z.lte(STORED_TIME_MAX_MS, TIME_RANGE));

export const passwordHashSchema = z.object({
  algorithm: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().check(z.int(), z.gte(1), z.lte(10_000_000)),
  salt: z.string().check(z.regex(/^(?:[0-9a-f]{2}){8,64}$/, 'must be 16 to 128 lowercase hex digits')),
  hash: hex(32),
});

export const userNameSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(31), z.regex(/^[A-Za-z0-9_@.]+$/, 'only letters, digits, _, @ and .'));
const shortText = (max: number) => z.string().check(z.maxLength(max));
/** A name: one line of at most `max` characters, no control characters (domain/plainText.ts). */
export const plainTextSchema = (max: number) =>
  z.string().check(
    z.maxLength(max),
    z.refine((text) => !hasControlCharacters(text), CONTROL_CHARACTERS_PROBLEM),
  );

/**
 * Every kind of System Log entry. A record over LogEventKind, so a kind added to the union without being added
 * here fails to compile rather than making a flash with that entry unreadable.
 */
const LOG_EVENT_KINDS: Readonly<Record<LogEventKind, true>> = {
  boot: true,
  loginFailure: true,
  login: true,
  logout: true,
  accountLocked: true,
  passwordChanged: true,
  temporaryPasswordLogin: true,
  userAdded: true,
  userDeleted: true,
  securityQuestionsReset: true,
  clockChanged: true,
  default: true,
  factoryDefault: true,
  hardwareReset: true,
  upgrade: true,
  upgradeFailed: true,
  recovery: true,
  format: true,
  backup: true,
  cameraAdded: true,
  cameraSynced: true,
};
const logEventKind = z.enum(Object.keys(LOG_EVENT_KINDS) as [LogEventKind, ...LogEventKind[]]);

/** One validator per flash key; keys are restored one by one onto emptyFlash(). */
const KEY_SCHEMAS = {
  initialized: z.boolean(),
  users: z
    .array(z.object({ name: userNameSchema, group: z.enum(['admin', 'user']), password: passwordHashSchema }))
    .check(z.maxLength(64)),
  clockOffsetMs: z.number().check(z.int(), z.gte(-CLOCK_OFFSET_MAX_MS), z.lte(CLOCK_OFFSET_MAX_MS)),
  defaultPasswordInUse: z.boolean(),
  randomSeed: z.nullable(int()),
  securityQuestions: z
    .array(z.object({ question: plainTextSchema(120), answer: passwordHashSchema }))
    .check(z.maxLength(3)),
  systemLog: z
    .array(
      z.object({
        at: storedTimeSchema,
        kind: logEventKind,
        user: z.nullable(plainTextSchema(31)),
        detail: shortText(200),
      }),
    )
    .check(z.maxLength(10_000)),
  settings: z.object({ resolution: z.enum(['1280x720', '1920x1080']), recording: z.boolean() }),
  network: z.object({
    dhcp: z.boolean(),
    ipAddress: z.string().check(z.regex(/^\d{1,3}(?:\.\d{1,3}){3}$/, 'must be an IPv4 address such as 192.168.1.108')),
  }),
  channels: z
    .array(
      z.object({
        name: plainTextSchema(31),
        credential: z.nullable(hex(32)),
        cameraSerial: z.nullable(shortText(40)),
      }),
    )
    .check(z.maxLength(64)),
  firmware: z.object({ version: shortText(40), upgradeInProgress: z.boolean() }),
  disk: z.object({
    recordingSince: z.nullable(storedTimeSchema),
    gaps: z.array(z.object({ from: storedTimeSchema, to: storedTimeSchema })).check(z.maxLength(10_000)),
  }),
} satisfies { [K in Exclude<keyof Flash, 'schemaVersion'>]: z.ZodMiniType };

export type FlashRestoreResult =
  { readonly ok: true; readonly flash: Flash } | { readonly ok: false; readonly problem: string };

/**
 * A stored flash, migrated to the current version and checked key by key (the defaults of a blank flash of firmware
 * `firmwareVersion` fill only the keys a migration adds); or the first problem found, naming the key.
 */
export function restoreFlash(raw: unknown, firmwareVersion = ''): FlashRestoreResult {
  let migrated: Record<string, unknown>;
  const blank = emptyFlash(firmwareVersion);
  try {
    migrated = migrateFlash(raw, undefined, undefined, blank);
  } catch (error) {
    return { ok: false, problem: (error as Error).message };
  }
  const restored: Record<string, unknown> = { schemaVersion: FLASH_SCHEMA_VERSION };
  for (const [key, schema] of Object.entries(KEY_SCHEMAS)) {
    if (!(key in migrated) || migrated[key] === undefined) {
      return { ok: false, problem: `flash.${key}: missing (a version ${FLASH_SCHEMA_VERSION} flash has every key)` };
    }
    const result = schema.safeParse(migrated[key], REPORT_INPUT);
    if (!result.success) return { ok: false, problem: firstProblem(result.error, `flash.${key}`) };
    restored[key] = result.data;
  }
  const flash = restored as unknown as Flash;
  if (flash.initialized && !flash.users.some((user) => user.name === ADMIN_USER_NAME && user.group === 'admin')) {
    return {
      ok: false,
      problem: `flash.users: the recorder is initialized but has no ${ADMIN_USER_NAME} account in the admin group`,
    };
  }
  return { ok: true, flash };
}
