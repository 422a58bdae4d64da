/**
 * The recorder's flash: what a real recorder keeps across a power cut (SPEC §7). RAM state (login session,
 * lockout counters, open menus) is never part of it. The shell stores it in IndexedDB inside the world record;
 * the firmware receives it as input at power-up and writes it back through the `writeFlash` actor.
 *
 * FLASH_SCHEMA_VERSION: do not change the shape of Flash without raising it and adding a migration.
 */
import type { UserGroup } from '../catalogue/profiles';
import type { PasswordHash } from '../security/passwordHash';

export const FLASH_SCHEMA_VERSION = 1;

export interface StoredUser {
  readonly name: string;
  readonly group: UserGroup;
  readonly password: PasswordHash;
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
}

/** A blank flash, as the recorder leaves the factory (or after a factory default). */
export function emptyFlash(): Flash {
  return {
    schemaVersion: FLASH_SCHEMA_VERSION,
    initialized: false,
    users: [],
    clockOffsetMs: 0,
    defaultPasswordInUse: false,
    randomSeed: null,
  };
}
