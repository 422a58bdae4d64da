/**
 * The recorder's flash (and the state of its hard disk): what a real recorder keeps across a power cut (docs/architecture.md#persistence).
 * RAM state (login session, lockout counters, open menus, progress of a running task) is never part of it. The
 * shell stores it in IndexedDB inside the world record; the firmware receives it as input at power-up and writes it
 * back through the `writeFlash` actor. Times on it (log entries, the disk's recording start and gaps) are absolute
 * device times; RAM deadlines (a lock's end) are absolute world times, so a reload never resumes a stale timer.
 *
 * FLASH_SCHEMA_VERSION: do not change the shape of Flash without raising it and adding a migration
 * (persistence/flashMigrations.ts).
 */
import type { UserGroup } from '../catalogue/profiles';
import type { PasswordHash } from '../security/passwordHash';

export const FLASH_SCHEMA_VERSION = 2;

export interface StoredUser {
  readonly name: string;
  readonly group: UserGroup;
  readonly password: PasswordHash;
}

/** One of the `connect` family's security questions, with its answer hashed like a password. */
export interface StoredSecurityAnswer {
  readonly question: string;
  readonly answer: PasswordHash;
}

/** What a System Log entry records (docs/architecture.md#the-osd; issue: every security-relevant event). */
export type LogEventKind =
  | 'boot'
  | 'loginFailure'
  | 'login'
  | 'logout'
  | 'accountLocked'
  | 'passwordChanged'
  | 'temporaryPasswordLogin'
  | 'userAdded'
  | 'userDeleted'
  | 'securityQuestionsReset'
  | 'clockChanged'
  | 'default'
  | 'factoryDefault'
  | 'hardwareReset'
  | 'upgrade'
  | 'upgradeFailed'
  | 'recovery'
  | 'format'
  | 'backup'
  | 'cameraAdded'
  | 'cameraSynced';

export interface LogEntry {
  /** Device time (what the recorder's clock showed) when it happened. */
  readonly at: number;
  readonly kind: LogEventKind;
  /** The user it concerns, if any. */
  readonly user: string | null;
  /** A short human-readable line, as the System Log shows it. */
  readonly detail: string;
}

/** Output resolution (Display > Resolution). */
export type Resolution = '1280x720' | '1920x1080';

/** Settings that "Default" restores and "Factory Default" erases (with everything else). */
export interface RecorderSettings {
  readonly resolution: Resolution;
  /** Whether each channel records around the clock. */
  readonly recording: boolean;
}

/** Network settings: kept by "Default", erased by "Factory Default". */
export interface NetworkSettings {
  readonly dhcp: boolean;
  readonly ipAddress: string;
}

/**
 * The NVR's configuration of one channel: the credential it presents to the IP camera on that port. `credential` is
 * the hash field of the NVR admin's password record pushed to the camera when it was added or synced (never a
 * password); null when no camera was ever added, or after a factory default.
 */
export interface ChannelConfig {
  readonly name: string;
  readonly credential: string | null;
  /** Serial number of the camera added on this channel. */
  readonly cameraSerial: string | null;
}

/** The installed firmware; `upgradeInProgress` is set before writing a new image and cleared after (P12). */
export interface FirmwareImage {
  readonly version: string;
  readonly upgradeInProgress: boolean;
}

/**
 * The hard disk. Recordings are not stored byte by byte: they are generated deterministically per channel from the
 * unit, the time since `recordingSince` (device time of the last format, null for a disk never formatted = since
 * manufacture) and the gaps when recording stopped (upgrade, backup, format). See domain/recordings.ts.
 */
export interface DiskState {
  readonly recordingSince: number | null;
  readonly gaps: readonly { readonly from: number; readonly to: number }[];
}

export interface Flash {
  readonly schemaVersion: typeof FLASH_SCHEMA_VERSION;
  /** False until Device Initialization (or factory provisioning of default accounts) has completed. */
  readonly initialized: boolean;
  readonly users: readonly StoredUser[];
  /** The device clock minus the world clock, in ms (changed when the owner sets the recorder's date). */
  readonly clockOffsetMs: number;
  /** Whether a default-password account still has to be changed (legacy: asked after the first login). */
  readonly defaultPasswordInUse: boolean;
  /**
   * The salt generator's state after the last hash written, like the random seed file a Linux device keeps, so a
   * restarted recorder never draws the same salt twice. Null on a blank flash (the unit's seed is used).
   */
  readonly randomSeed: number | null;
  /** `connect` only: the three questions and hashed answers set at Device Initialization (P5). */
  readonly securityQuestions: readonly StoredSecurityAnswer[];
  /** The System Log, oldest first, at most SYSTEM_LOG_MAX_ENTRIES. */
  readonly systemLog: readonly LogEntry[];
  readonly settings: RecorderSettings;
  readonly network: NetworkSettings;
  /** One entry per channel of the model (filled lazily: a missing entry is an unconfigured channel). */
  readonly channels: readonly ChannelConfig[];
  readonly firmware: FirmwareImage;
  readonly disk: DiskState;
}

export const DEFAULT_SETTINGS: RecorderSettings = { resolution: '1280x720', recording: true };

/** *invented*: the DHCP default and the address a Lorex-style NVR shows before DHCP answers. */
export const DEFAULT_NETWORK: NetworkSettings = { dhcp: true, ipAddress: '192.168.1.108' };

/** A blank flash, as the recorder leaves the factory. `firmwareVersion` is the model's shipped version. */
export function emptyFlash(firmwareVersion = ''): Flash {
  return {
    schemaVersion: FLASH_SCHEMA_VERSION,
    initialized: false,
    users: [],
    clockOffsetMs: 0,
    defaultPasswordInUse: false,
    randomSeed: null,
    securityQuestions: [],
    systemLog: [],
    settings: DEFAULT_SETTINGS,
    network: DEFAULT_NETWORK,
    channels: [],
    firmware: { version: firmwareVersion, upgradeInProgress: false },
    disk: { recordingSince: null, gaps: [] },
  };
}
