/**
 * Rules and timings (SPEC §5) in one table. Every value names its source; values no source supports are marked
 * *invented* so they can be corrected in one place.
 *
 * Units are in the constant names. All times are simulated time (the world clock), never wall-clock time.
 */

const SECOND_MS = 1_000;
const MINUTE_MS = 60 * SECOND_MS;

/** How long the recorder shows its boot splash before the first screen. *invented* (SPEC §5: 5 s by default). */
export const BOOT_DURATION_MS = 5 * SECOND_MS;

/** How long a locked login stays locked. Source: LNR400 manual, Dahua OEM manuals (domain research §2). */
export const LOCK_DURATION_MS = 30 * MINUTE_MS;

/**
 * The most characters any OSD text field holds. Longer input is refused with a message and changes nothing.
 * *invented* (Dahua user names are at most 31 bytes; passwords at most 32 characters; a field holds a little more
 * so the password rule, not the field, reports a password that is too long).
 */
export const TEXT_FIELD_MAX_LENGTH = 64;

/**
 * PBKDF2-SHA-256 work factor for new password hashes. Source: OWASP Password Storage Cheat Sheet (2023) recommends
 * 600,000 iterations for PBKDF2-HMAC-SHA256. Tests may inject a lower cost through the recorder's input.
 */
export const PBKDF2_ITERATIONS = 600_000;

/** Salt length for password hashes, in bytes. Source: NIST SP 800-132 (at least 128 bits). */
export const PASSWORD_SALT_BYTES = 16;

/** How long a confirmation such as "Saved successfully." stays on screen. *invented* */
export const TOAST_DURATION_MS = 3 * SECOND_MS;

/** The world's time when a new simulation starts, if the caller gives none: 2026-03-02 09:00:00 UTC. *invented* */
export const DEFAULT_WORLD_START_MS = Date.UTC(2026, 2, 2, 9, 0, 0);

/** How many entries the System Log keeps before dropping the oldest. *invented* */
export const SYSTEM_LOG_MAX_ENTRIES = 500;

/**
 * How many accounts a recorder holds (Add User refuses more). Dahua firmware documents a capacity of 64 users
 * (domain research §2); no Lorex figure was found, so for the simulator this is *invented*: 16.
 */
export const MAX_USERS = 16;

/** Characters of a security-question answer. *invented* (no Lorex or Dahua limit found). */
export const SECURITY_ANSWER_MIN_LENGTH = 2;
export const SECURITY_ANSWER_MAX_LENGTH = 32;

/**
 * Wrong security-question answers accepted per boot before the recorder stops asking the questions and offers only
 * the app-account verification (P5). A power cycle resets it, like the login lock (SPEC §5). *invented*
 */
export const RECOVERY_MAX_WRONG_ANSWERS_PER_BOOT = 3;

/** How long the app-verification code shown on the recorder stays valid. *invented* (SPEC §5: 10 minutes). */
export const APP_VERIFICATION_VALID_MS = 10 * MINUTE_MS;
