/** A flash with a non-default value in every key docs/architecture.md#persistence says a recorder keeps, built from a real preset. */
import { buildPreset, type Flash } from '../../../firmware';

export const PERSISTENCE_FAST = { modelId: 'LNR6108', seed: 11, pbkdf2Iterations: 1_000 } as const;

/** Device time of the entries below: 2026-02-01 08:00 UTC. */
export const ENTRY_AT = Date.UTC(2026, 1, 1, 8);

export async function fullFlash(): Promise<Flash> {
  const { flash } = await buildPreset('cameraAuthError', PERSISTENCE_FAST);
  const admin = flash.users[0]!;
  return {
    ...flash,
    clockOffsetMs: -7_200_000,
    securityQuestions: [{ question: 'What was the name of your first pet?', answer: admin.password }],
    systemLog: [...flash.systemLog, { at: ENTRY_AT, kind: 'format', user: 'admin', detail: 'HDD formatted' }],
    settings: { resolution: '1920x1080', recording: false },
    network: { dhcp: false, ipAddress: '10.0.0.42' },
    firmware: { version: 'V4.0.22.LX.260101', upgradeInProgress: false },
    disk: { recordingSince: ENTRY_AT, gaps: [{ from: ENTRY_AT + 60_000, to: ENTRY_AT + 240_000 }] },
  };
}

type FlashKey = Exclude<keyof Flash, 'schemaVersion'>;

/** Every key of the flash (a record over the keys, so a key added to Flash must be listed here to compile). */
const KEYS: Readonly<Record<FlashKey, true>> = {
  initialized: true,
  users: true,
  clockOffsetMs: true,
  defaultPasswordInUse: true,
  randomSeed: true,
  securityQuestions: true,
  systemLog: true,
  settings: true,
  network: true,
  channels: true,
  firmware: true,
  disk: true,
};
export const FLASH_KEYS = Object.keys(KEYS) as FlashKey[];
