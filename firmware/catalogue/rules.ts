/**
 * Rules and timings (docs/invented-values.md) in one table. Every value names its source; values no source supports are marked
 * *invented* so they can be corrected in one place.
 *
 * Units are in the constant names. All times are simulated time (the world clock), never wall-clock time.
 */

const SECOND_MS = 1_000;
const MINUTE_MS = 60 * SECOND_MS;

/** How long the recorder shows its boot splash before the first screen. *invented* (docs/invented-values.md: 5 s by default). */
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

/**
 * A new world's unit history, counted back in days from the world's start: one timeline, so that what the sticker,
 * the receipt and the warranty say agree. The unit is made (the sticker's "Made" month and the serial number's YYMM),
 * then sold (the receipt's date of purchase, outside/newOutsideWorldState.ts), then the world starts; made comes
 * before sold whatever the start's day of the month. *invented*
 */
export const UNIT_TIMELINE_DAYS = { manufacturedBeforeStart: 75, purchasedBeforeStart: 45 } as const;

/**
 * The range every stored time (world times, device times, log and ticket times) must lie in, and the largest clock
 * offset a recorder may keep. *invented*: wide enough for any simulation (the clock page itself takes 2000-2037), and
 * far enough from the ±8.64e15 ms a JavaScript Date can hold that a time plus an offset is always a date.
 */
export const STORED_TIME_MIN_MS = Date.UTC(1900, 0, 1);
export const STORED_TIME_MAX_MS = Date.UTC(2200, 0, 1);
export const CLOCK_OFFSET_MAX_MS = Date.UTC(2300, 0, 1) - Date.UTC(2000, 0, 1);

/** How many entries the System Log keeps before dropping the oldest. *invented* */
export const SYSTEM_LOG_MAX_ENTRIES = 500;

// Rules of storage, upgrade and defaults

/** How long formatting the HDD takes (recording stops meanwhile). *invented* */
export const FORMAT_DURATION_MS = 30 * SECOND_MS;

/** A firmware upgrade: 3 simulated minutes with progress, then a reboot (docs/invented-values.md). */
export const UPGRADE_DURATION_MS = 3 * MINUTE_MS;

/** Re-flashing the firmware from USB in recovery mode. *invented* (as long as an upgrade) */
export const RECOVERY_DURATION_MS = 3 * MINUTE_MS;

/** How fast a backup writes to a USB stick, in MB per second (a USB 2.0 stick). *invented* */
export const BACKUP_RATE_MB_PER_S = 20;

/** How much recording a backup copies: the newest hour of every channel. *invented* */
export const BACKUP_SPAN_MS = 60 * MINUTE_MS;

/**
 * The mainboard reset button (P7): held at least this long with power on, the LEDs flash and releasing it restores
 * factory defaults. Source: seed 002 ("press and hold the button for 10–15 seconds until indicator LEDs confirm a
 * reset"; unverified, domain research §7). A shorter press does nothing, so a knock cannot wipe the recorder
 * (*invented*); a longer hold still resets on release (*invented*: no source says a longer hold cancels). The button
 * is ignored with the power off and on models without one; after Shutdown (standby, the rear switch still on) it still
 * works (*invented*: a standby controller watches it, as the power LED stays lit).
 */
export const RESET_HOLD_MIN_MS = 10 * SECOND_MS;

/** Per-channel recording rate range, MB per hour (about 2 to 5 Mbit/s of H.265 video). *invented* */
export const RECORDING_MB_PER_HOUR_MIN = 900;
export const RECORDING_MB_PER_HOUR_MAX = 2_250;

/** The most recording gaps the disk keeps (older gaps are overwritten recordings anyway). *invented* */
export const DISK_GAPS_MAX = 1_000;

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
 * the app-account verification (P5). A power cycle resets it, like the login lock (docs/invented-values.md). *invented*
 */
export const RECOVERY_MAX_WRONG_ANSWERS_PER_BOOT = 3;

/** How long the app-verification code shown on the recorder stays valid. *invented* (docs/invented-values.md: 10 minutes). */
export const APP_VERIFICATION_VALID_MS = 10 * MINUTE_MS;

/** Wrong codes an app may approve before the recorder's verification code is void. *invented* (docs/invented-values.md: 5 tries). */
export const APP_VERIFICATION_MAX_WRONG_TRIES = 5;

// Rules of the live view picture (the OSD's synthetic camera scenes)

/** The live view's synthetic camera picture advances one frame per this much device time (2 frames/s). *invented* */
export const LIVE_FRAME_MS = 500;

/**
 * Motion on a channel whose camera is online: someone walks through the picture for MOTION_DURATION_MS of every
 * MOTION_PERIOD_MS of device time, channel n starting n x MOTION_STAGGER_MS later than channel 0, so the marks do not
 * all light at once. There is no motion detection to simulate; this only makes the motion mark and the picture
 * agree. *invented*
 */
export const MOTION_PERIOD_MS = 60 * SECOND_MS;
export const MOTION_DURATION_MS = 12 * SECOND_MS;
export const MOTION_STAGGER_MS = 7 * SECOND_MS;
