/**
 * Up-migrations of a stored flash, one per schema version. Keys a version added need no step when their default is
 * right for an older flash (restoreFlash fills them); a step is needed when a key changes meaning or shape.
 */
import { FLASH_SCHEMA_VERSION } from './flash';

export type FlashMigration = (flash: Record<string, unknown>) => Record<string, unknown>;

/** FLASH_MIGRATIONS[n] turns a version n flash into version n + 1. */
export const FLASH_MIGRATIONS: Readonly<Record<number, FlashMigration>> = {
  // Version 2 added the security questions, the System Log, settings, network, channels, firmware and disk keys:
  // their blank defaults are what a version 1 recorder had (no log, no cameras added, factory settings).
  1: (flash) => flash,
};

/** Brings a raw stored flash to the current version, or throws a readable reason. */
export function migrateFlash(
  raw: unknown,
  migrations: Readonly<Record<number, FlashMigration>> = FLASH_MIGRATIONS,
  target: number = FLASH_SCHEMA_VERSION,
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
    flash = { ...step(flash), schemaVersion: version + 1 };
    version += 1;
  }
  return flash;
}
