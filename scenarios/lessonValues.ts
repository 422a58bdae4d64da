/**
 * The values the scenarios use that no source gives, in one table (docs/invented-values.md). All *invented*.
 */
import type { PasswordRuleId } from '../firmware';

/** The new admin password a lesson sets, one per password rule (each satisfies its family's rule). *invented* */
export const LESSON_NEW_PASSWORDS: Readonly<Record<PasswordRuleId, string>> = {
  eightToThirtyTwoTwoTypes: 'Lesson#2026',
  sixCharacters: '639174',
};

/** The sample recorder the scenarios page draws for each model (its sticker's serial and Device ID). *invented* */
export const SAMPLE_UNIT_SEED = 20_260_302;
/** The sample recorder's manufacture month (YYMM, as on the sticker's "Made" line). *invented* */
export const SAMPLE_UNIT_MONTH = '2609';

/** The new password of the customer's app and website account in P10. *invented* */
export const LESSON_NEW_ACCOUNT_PASSWORD = 'Morning#2027';

/** How long the lessons hold a camera's reset button after replugging Ethernet (P8: at least 15 s). *invented* */
export const P8_HOLD_MS = 16_000;

/** How long the lessons hold the Wi-Fi camera's reset button (P9: 10 s). *invented* margin of 1 s */
export const P9_HOLD_MS = 11_000;

/** How long the lessons hold the mainboard Reset button (P7: 10-15 s). *invented* */
export const MAINBOARD_HOLD_MS = 12_000;

/** How long the P13 solution waits for a backup (the newest hour of 16 channels at 20 MB/s: under 30 min). *invented* */
export const BACKUP_WAIT_MS = 30 * 60_000;
