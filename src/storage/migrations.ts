/**
 * Up-migrations of stored worlds, one per schema version, applied in order when a record is read (the result is
 * validated afterwards by parseWorldRecord, so a step may pass junk through for it to refuse).
 *
 *   1 → 2  the world gets its USB stick: the downloaded firmware for its recorder's model, not inserted
 *   2 → 3  the world gets its outside world (a new world's, from its recorder, seed and time; the customer's
 *          password hash is precomputed, sessionOutside.ts, because a migration must stay synchronous)
 *   3 → 4  the world gets the cameras of a new world (NEW_WORLD_CAMERAS for its recorder's kind): factory-fresh IP
 *          cameras the NVR adds at its next boot and a Wi-Fi camera bound to the account
 *   4 → 5  the world gets a name: its model and creation time (worldName.ts), as the list showed it before
 *
 * To add version n + 1: raise WORLD_SCHEMA_VERSION and add MIGRATIONS[n] below.
 */
import { isRecorderModelId, newWorldCameras, type RecorderModelId, type UnitIdentity } from '../../firmware';
import { downloadUsbFor } from '../session/downloadStick';
import { migratedWorldOutside } from '../session/sessionOutside';
import { migratedWorldName } from './worldName';
import { WORLD_SCHEMA_VERSION } from './worldRecord';

export type Migration = (record: Record<string, unknown>) => Record<string, unknown>;

/** Tests replace the table and the target to exercise the mechanism. */
export interface MigrationOptions {
  readonly migrations?: Readonly<Record<number, Migration>>;
  readonly targetVersion?: number;
}

/** The recorder's model of a raw record, if it names a known one. */
function modelOf(record: Record<string, unknown>): RecorderModelId | null {
  const recorder = record.recorder as { modelId?: unknown } | null | undefined;
  const modelId = typeof recorder === 'object' && recorder !== null ? recorder.modelId : undefined;
  return typeof modelId === 'string' && isRecorderModelId(modelId) ? modelId : null;
}

/** MIGRATIONS[n] turns a version n record into version n + 1. */
const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // An unknown model is left without a stick: validation then names the model as the problem.
  1: (record) => {
    const modelId = modelOf(record);
    return modelId ? { ...record, usb: downloadUsbFor(modelId) } : record;
  },
  // Junk (unknown model, no unit, bad seed or time) is passed through for validation to name.
  2: (record) => {
    const modelId = modelOf(record);
    const unit = (record.recorder as { unit?: UnitIdentity }).unit;
    const { seed, worldTime } = record;
    if (!modelId || typeof unit !== 'object' || unit === null || typeof seed !== 'number') return record;
    if (typeof worldTime !== 'number') return record;
    return { ...record, outside: migratedWorldOutside({ modelId, unit, seed, now: worldTime }) };
  },
  // Unknown model or seed: left without cameras, for validation to name the problem.
  3: (record) => {
    const modelId = modelOf(record);
    const seed = record.seed;
    return modelId && typeof seed === 'number' ? { ...record, cameras: newWorldCameras(modelId, seed) } : record;
  },
  // Unknown model or a bad creation time: left without a name, for validation to name the problem.
  4: (record) => {
    const modelId = modelOf(record);
    const { createdAt } = record;
    if (!modelId || typeof createdAt !== 'number' || Number.isNaN(new Date(createdAt).getTime())) return record;
    return { ...record, name: migratedWorldName(modelId, createdAt) };
  },
};

/** Brings a raw stored record to the current schema version, or explains why it cannot. */
export function migrateWorldRecord(
  raw: unknown,
  { migrations = MIGRATIONS, targetVersion = WORLD_SCHEMA_VERSION }: MigrationOptions = {},
): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new Error('Saved simulation is not an object.');
  let record = raw as Record<string, unknown>;
  let version = record.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new Error('Saved simulation has no valid schema version.');
  }
  if (version > targetVersion) {
    throw new Error(
      `Saved simulation was made by a newer version of Recorder Simulator (schema ${version}; this one reads up to ${targetVersion}).`,
    );
  }
  while (version < targetVersion) {
    const step = migrations[version];
    if (!step) throw new Error(`No migration from schema version ${version}.`);
    record = { ...step(record), schemaVersion: version + 1 };
    version += 1;
  }
  return record;
}
