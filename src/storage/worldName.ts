/**
 * How stored worlds are told apart in "Open simulation": each has a name (given by the user, or by default its
 * recorder model and a number), and the list shows it with the model, the simulated time of its last save and when
 * it was created. Names are one line of visible text: trimmed, non-empty, at most WORLD_NAME_MAX_CHARS, no control
 * characters.
 */
import { CONTROL_CHARACTERS_PROBLEM, hasControlCharacters, type RecorderModelId } from '../../firmware';

/** *invented*: long enough for "Training: Alex's N841A81 after the lockout", short enough for the list. */
export const WORLD_NAME_MAX_CHARS = 60;

/** A time as the simulation list shows it, to the minute in UTC (e.g. "2026-03-02 09:00"). */
export const listedTime = (ms: number): string => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

export type NameCheck = { readonly ok: true; readonly name: string } | { readonly ok: false; readonly problem: string };

/** The name the user typed, trimmed, or why it is refused. */
export function checkWorldName(typed: string): NameCheck {
  const name = typed.trim();
  if (name.length === 0) return { ok: false, problem: 'The name must not be empty.' };
  if (name.length > WORLD_NAME_MAX_CHARS)
    return { ok: false, problem: `The name must be at most ${WORLD_NAME_MAX_CHARS} characters.` };
  if (hasControlCharacters(name)) return { ok: false, problem: `The name ${CONTROL_CHARACTERS_PROBLEM}.` };
  return { ok: true, name };
}

/** `base`, or `base (2)`, `base (3)`… whichever is not among `taken` first (cut to fit the length limit). */
export function uniqueWorldName(base: string, taken: readonly string[]): string {
  const names = new Set(taken);
  if (!names.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const name = `${base.slice(0, WORLD_NAME_MAX_CHARS - suffix.length)}${suffix}`;
    if (!names.has(name)) return name;
  }
}

/** A new world's name: its model and the next number among the stored worlds (e.g. "LNR6108 #2"). */
export function defaultWorldName(modelId: RecorderModelId, taken: readonly string[]): string {
  const names = new Set(taken);
  for (let n = 1; ; n += 1) {
    const name = `${modelId} #${n}`;
    if (!names.has(name)) return name;
  }
}

/** A stored world named before worlds had names: its model and creation time. */
export const migratedWorldName = (modelId: string, createdAt: number): string =>
  `${modelId}, created ${listedTime(createdAt)}`;

/** One line of "Open simulation": the name, model, last saved simulated time and creation time. */
export const worldListing = (world: {
  readonly name: string;
  readonly createdAt: number;
  readonly worldTime: number;
  readonly recorder: { readonly modelId: string };
}): string =>
  `${world.name} (${world.recorder.modelId}; simulated time ${listedTime(world.worldTime)}; created ${listedTime(world.createdAt)})`;
