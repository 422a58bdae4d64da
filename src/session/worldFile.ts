/**
 * World files (README.md, docs/architecture.md#persistence: "Export a session as a file that reproduces a bug exactly"): the stored world record as
 * JSON, and reading one back. An imported file is untrusted: it is size-checked, parsed, migrated to the current
 * schema and validated (parseWorldRecord) as a whole; any problem refuses the whole file with a message naming it,
 * and nothing is stored. A good file becomes a new world (a new id, listed as created now), so it never overwrites
 * the world it came from.
 */
import { migrateWorldRecord } from '../storage/migrations';
import { parseWorldRecord, type WorldRecord } from '../storage/worldRecord';

/** The largest world file read. *invented*: a world with a few dozen full-size photos stays well below it. */
export const WORLD_FILE_MAX_BYTES = 64 * 1024 * 1024;

export class WorldFileError extends Error {}

/** The file's contents: the record as stored, pretty-printed so a person can read it in a bug report. */
export const worldFileText = (world: WorldRecord): string => `${JSON.stringify(world, null, 2)}\n`;

/** A file name such as recorder-simulator-LNR6108-2026-03-02.json (the world's own date). */
export const worldFileName = (world: WorldRecord): string =>
  `recorder-simulator-${world.recorder.modelId}-${new Date(world.worldTime).toISOString().slice(0, 10)}.json`;

/** Reads a world file; throws WorldFileError with the reason when the file is refused. */
export function readWorldFile(
  text: string,
  sizeBytes: number,
  identity: { readonly id: string; readonly createdAt: number },
): WorldRecord {
  if (sizeBytes > WORLD_FILE_MAX_BYTES) {
    throw new WorldFileError(`The file is larger than ${WORLD_FILE_MAX_BYTES / (1024 * 1024)} MB.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new WorldFileError('The file is not a simulation file (it is not valid JSON).');
  }
  try {
    const record = parseWorldRecord(migrateWorldRecord(raw));
    return parseWorldRecord({ ...record, id: identity.id, createdAt: identity.createdAt });
  } catch (error) {
    throw new WorldFileError(error instanceof Error ? error.message : String(error));
  }
}
