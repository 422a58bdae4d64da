/** A flash with a non-default value in every key SPEC §7 says a recorder keeps, built from a real preset. */
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

/** Every key of the flash, one line each, for messages. */
export const FLASH_KEYS = [
  'initialized',
  'users',
  'clockOffsetMs',
  'defaultPasswordInUse',
  'randomSeed',
  'securityQuestions',
  'systemLog',
  'settings',
  'network',
  'channels',
  'firmware',
  'disk',
] as const satisfies readonly Exclude<keyof Flash, 'schemaVersion'>[];
