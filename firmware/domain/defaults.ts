/**
 * What "Default", "Factory Default" and the mainboard reset button keep and erase (P7), as one data table per flash
 * key, with its source. The functions below apply the table; nothing else decides it.
 */
import { DEFAULT_SETTINGS, emptyFlash, type Flash } from '../persistence/flash';

export type RestoreKind = 'default' | 'factoryDefault';

/**
 * keep: the key is left as it is; reset: it takes a blank flash's value; forgetCredentials (channels only): names and
 * cameras stay, the credential the NVR presents to each camera is gone, so cameras keep their old password and show
 * an authentication error until re-synced.
 */
type Policy = 'keep' | 'reset' | 'forgetCredentials';

interface KeyPolicy {
  readonly default: Policy;
  readonly factoryDefault: Policy;
  readonly source: string;
}

type RestorableKey = Exclude<keyof Flash, 'schemaVersion'>;

export const RESTORE_POLICY: Readonly<Record<RestorableKey, KeyPolicy>> = {
  settings: {
    default: 'reset',
    factoryDefault: 'reset',
    source: 'seed 002; [OEM] "Default Setting: reset all settings"',
  },
  initialized: {
    default: 'keep',
    factoryDefault: 'reset',
    source: 'docs/reset-paths.md (P7): reboot into Device Initialization',
  },
  users: { default: 'keep', factoryDefault: 'reset', source: '[OEM] Montavue: "including the password"' },
  defaultPasswordInUse: { default: 'keep', factoryDefault: 'reset', source: 'follows users' },
  securityQuestions: { default: 'keep', factoryDefault: 'reset', source: 'follows users (*invented*)' },
  network: { default: 'keep', factoryDefault: 'reset', source: '[OEM] "except … Network, Password"' },
  channels: {
    default: 'keep',
    factoryDefault: 'forgetCredentials',
    source: '[OEM] Montavue: "This will not reset camera passwords"',
  },
  disk: { default: 'keep', factoryDefault: 'keep', source: 'KB-Restart: "will not erase recorded video"' },
  firmware: { default: 'keep', factoryDefault: 'keep', source: 'a restore never re-flashes (*invented*)' },
  clockOffsetMs: { default: 'keep', factoryDefault: 'keep', source: 'the clock is a battery-backed RTC (*invented*)' },
  randomSeed: {
    default: 'keep',
    factoryDefault: 'keep',
    source: 'never reset, so no salt is ever drawn twice (*invented*)',
  },
  systemLog: {
    default: 'keep',
    factoryDefault: 'keep',
    source: '*invented*: no source says; the log is evidence of security events, so it survives',
  },
};

/** The flash after a restore of `kind`, applying RESTORE_POLICY key by key. */
export function restoredFlash(flash: Flash, kind: RestoreKind): Flash {
  const blank = { ...emptyFlash(flash.firmware.version), settings: DEFAULT_SETTINGS };
  const result: Record<string, unknown> = { ...flash };
  for (const [key, policy] of Object.entries(RESTORE_POLICY) as [RestorableKey, KeyPolicy][]) {
    if (policy[kind] === 'reset') result[key] = blank[key];
    if (policy[kind] === 'forgetCredentials')
      result[key] = flash.channels.map((channel) => ({ ...channel, credential: null }));
  }
  return result as unknown as Flash;
}
