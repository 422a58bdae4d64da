/**
 * Up-migrations of a stored flash, one per schema version. A step fills in the keys its version added (with the
 * values a recorder of the older version had) and changes keys whose meaning or shape changed; after migrating, a
 * flash must have every key of the current version (restoreFlash refuses one that lacks a key).
 */
import { emptyFlash, FLASH_SCHEMA_VERSION, type Flash } from './flash';

/** A step gets the flash and the keys of a blank flash of this firmware (for the defaults of keys it adds). */
export type FlashMigration = (flash: Record<string, unknown>, blank: Flash) => Record<string, unknown>;

/** The keys a version added, taken from `blank` only where the older flash has no value for them. */
const withAddedKeys = (flash: Record<string, unknown>, blank: Flash, keys: readonly (keyof Flash)[]) => {
  const added: Record<string, unknown> = {};
  for (const key of keys) if (flash[key] === undefined) added[key] = blank[key];
  return { ...flash, ...added };
};

/** FLASH_MIGRATIONS[n] turns a version n flash into version n + 1. */
export const FLASH_MIGRATIONS: Readonly<Record<number, FlashMigration>> = {
  // Version 2 added the security questions, the System Log, settings, network, channels, firmware and disk keys:
  // their blank defaults are what a version 1 recorder had (no log, no cameras added, factory settings).
  1: (flash, blank) =>
    withAddedKeys(flash, blank, [
      'securityQuestions',
      'systemLog',
      'settings',
      'network',
      'channels',
      'firmware',
      'disk',
    ]),
};

/** Brings a raw stored flash to the current version, or throws a readable reason. */
export function migrateFlash(
  raw: unknown,
  migrations: Readonly<Record<number, FlashMigration>> = FLASH_MIGRATIONS,
  target: number = FLASH_SCHEMA_VERSION,
  blank: Flash = emptyFlash(),
): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('flash: not an object');
  let flash = raw as Record<string, unknown>;
  let version = flash.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new Error('flash.schemaVersion: missing or invalid');
  }
  if (version > target)
    throw new Error(`flash.schemaVersion: ${version} is newer than this firmware reads (${target})`);
  while (version < target) {
    const step = migrations[version];
    if (!step) throw new Error(`flash.schemaVersion: no migration from ${version}`);
    flash = { ...step(flash, blank), schemaVersion: version + 1 };
    version += 1;
  }
  return flash;
}
