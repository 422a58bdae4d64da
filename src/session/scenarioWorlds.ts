/**
 * Scenario worlds in storage. A new world is made from the scenario's start and stored together with its unfinished
 * opening (storage/openingRecord.ts) in one transaction; once the running session has been brought to the step, the
 * lesson replaces the opening, again in one transaction (WorldHost.prepareOpened). A tab closed in between leaves the opening, and the next
 * start opens the scenario again (`resumeOpening`), so no world is ever left half-prepared without its lesson.
 * Used by start-up (a ?scenario= link) and by WorldHost (the picker, Restart step, Restart scenario).
 */
import { scenarioById, type ScenarioStartWorld } from '../../scenarios';
import type { OpeningRecord } from '../storage/openingRecord';
import { uniqueWorldName } from '../storage/worldName';
import type { WorldRecord } from '../storage/worldRecord';
import type { WorldRepository } from '../storage/worldRepository';
import type { WorldLocks } from './worldLocks';
import { scenarioStart, scenarioWorldRecord, type ScenarioOpening } from './openScenarioWorld';

/** Where a new world's id and creation time come from (WorldHost's WorldSources). */
export interface NewWorldSources {
  readonly newId: () => string;
  readonly wallClock: () => number;
}

export interface ScenarioWorld {
  readonly world: WorldRecord;
  readonly start: ScenarioStartWorld;
}

export function openingRecord(opening: ScenarioOpening): OpeningRecord {
  const { scenario, step, mode, seed, startTime, speed, embed } = opening;
  return { version: 1, scenarioId: scenario.id, step, mode, seed, startTime, speed, embed };
}

/** The opening a stored record describes (null: its scenario is no longer in the catalogue). */
export function openingOf(record: OpeningRecord): ScenarioOpening | null {
  const scenario = scenarioById(record.scenarioId);
  if (!scenario) return null;
  const { step, mode, seed, startTime, speed, embed } = record;
  return { scenario, step, mode, seed, startTime, speed, embed };
}

/**
 * Stores a new world in the scenario's start state (named by its title) with its unfinished opening, and makes it
 * current. `replacing`: the world it is to replace (Restart step), whose name it may take again.
 */
export async function createScenarioWorld(
  repository: WorldRepository,
  sources: NewWorldSources,
  opening: ScenarioOpening,
  options: { readonly replacing?: string; readonly pbkdf2Iterations?: number } = {},
): Promise<ScenarioWorld> {
  const start = await scenarioStart(opening, options.pbkdf2Iterations);
  const names = (await repository.list()).worlds
    .filter((world) => world.id !== options.replacing)
    .map((world) => world.name);
  const world = scenarioWorldRecord(start, {
    id: sources.newId(),
    name: uniqueWorldName(opening.scenario.title.slice(0, 60), names),
    createdAt: sources.wallClock(),
  });
  await repository.create(world, openingRecord(opening));
  return { world, start };
}

/**
 * At start-up: deletes the worlds whose opening a closed tab left unfinished (a reload during a `?scenario=` link's
 * replay leaves one behind), except `keep` and any another tab drives. They were never shown with their lesson.
 */
export async function dropUnfinishedOpenings(
  repository: WorldRepository,
  locks: WorldLocks,
  keep: string | null,
): Promise<void> {
  for (const id of await repository.unfinishedOpenings()) {
    if (id === keep) continue;
    const lock = await locks.acquire(id, false);
    if (!lock) continue;
    try {
      await repository.delete(id);
    } finally {
      lock.release();
    }
  }
}

/**
 * At start-up, for the world about to open: if a closed tab left its opening unfinished, a new world for the same
 * opening (the half-prepared one is deleted once the new one is stored). Null: nothing to resume.
 */
export async function resumeOpening(
  repository: WorldRepository,
  sources: NewWorldSources,
  worldId: string,
  pbkdf2Iterations?: number,
): Promise<{ readonly opening: ScenarioOpening; readonly created: ScenarioWorld } | null> {
  const record = await repository.readOpening(worldId);
  const opening = record && openingOf(record);
  if (!opening) return null;
  const created = await createScenarioWorld(repository, sources, opening, {
    replacing: worldId,
    ...(pbkdf2Iterations ? { pbkdf2Iterations } : {}),
  });
  await repository.delete(worldId);
  return { opening, created };
}
