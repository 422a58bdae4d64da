/**
 * A scenario's world and its opening in IndexedDB (fake-indexeddb): the world is stored with its unfinished opening,
 * the lesson replaces the opening in one transaction, a start-up finds an opening a closed tab left unfinished and
 * opens the scenario again from scratch (the same world), and a late lesson save for a deleted world writes nothing.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { scenarioById } from '../../scenarios';
import type { ScenarioOpening } from '../../src/session/openScenarioWorld';
import { createScenarioWorld, openingRecord, resumeOpening } from '../../src/session/scenarioWorlds';
import { DB_NAME } from '../../src/storage/worldDb';
import { WorldRepository } from '../../src/storage/worldRepository';
import { lessonRecordOf } from './support/lessonRecord';

const ITERATIONS = 10;
const scenario = scenarioById('p11-cloud')!;
const opening: ScenarioOpening = {
  scenario,
  step: 2,
  mode: 'learn',
  seed: 4_000_000_000,
  startTime: Date.UTC(2026, 2, 2, 9),
  speed: 1,
  embed: false,
};

function sources() {
  let next = 0;
  return { newId: () => `world-${++next}`, wallClock: () => 5_000 + next };
}

const lessonOf = () => lessonRecordOf(scenario.id, opening.seed, opening.startTime);

async function metaKeys(): Promise<string[]> {
  const db = await openDB(DB_NAME);
  const keys = (await db.getAllKeys('meta')).map(String);
  db.close();
  return keys.sort();
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('a scenario world in storage', () => {
  it('is stored with its opening; its lesson then replaces the opening', async () => {
    const repository = await WorldRepository.open();
    const { world } = await createScenarioWorld(repository, sources(), opening, { pbkdf2Iterations: ITERATIONS });
    expect(await repository.currentWorldId()).toBe(world.id);
    expect(await repository.readOpening(world.id)).toEqual(openingRecord(opening));
    expect(await repository.readLesson(world.id)).toBeNull();

    const lesson = await lessonOf();
    await repository.finishOpening(world.id, lesson);
    expect(await repository.readOpening(world.id)).toBeNull();
    expect(await repository.readLesson(world.id)).toEqual(lesson);
    repository.close();
  });

  it('left unfinished by a closed tab, opens again from scratch: the same world, the half-prepared one deleted', async () => {
    const repository = await WorldRepository.open();
    const ids = sources();
    const first = await createScenarioWorld(repository, ids, opening, { pbkdf2Iterations: ITERATIONS });
    const resumed = await resumeOpening(repository, ids, first.world.id, ITERATIONS);
    expect(resumed).not.toBeNull();
    const { created } = resumed!;
    expect(created.world.id).not.toBe(first.world.id);
    expect(resumed!.opening).toEqual(opening);
    // Same seed and start: the same world, under a new id, and it takes the same name (its old world is gone).
    expect({ ...created.world, id: '', createdAt: 0 }).toEqual({ ...first.world, id: '', createdAt: 0 });
    const { worlds } = await repository.list();
    expect(worlds.map((w) => w.id)).toEqual([created.world.id]);
    expect(await repository.currentWorldId()).toBe(created.world.id);
    expect(await repository.readOpening(created.world.id)).toEqual(openingRecord(opening));
    expect(await metaKeys()).not.toContain(`opening:${first.world.id}`);
    repository.close();
  });

  it('with no opening left (or one that does not parse), nothing is resumed and nothing changes', async () => {
    const repository = await WorldRepository.open();
    const { world } = await createScenarioWorld(repository, sources(), opening, { pbkdf2Iterations: ITERATIONS });
    await repository.finishOpening(world.id, await lessonOf());
    expect(await resumeOpening(repository, sources(), world.id, ITERATIONS)).toBeNull();
    const db = await openDB(DB_NAME);
    await db.put('meta', '{"version":1,"scenarioId":"p11-cloud","step":"two"}', `opening:${world.id}`);
    db.close();
    expect(await resumeOpening(repository, sources(), world.id, ITERATIONS)).toBeNull();
    expect((await repository.list()).worlds.map((w) => w.id)).toEqual([world.id]);
    repository.close();
  });

  it('a late lesson save for a world deleted meanwhile (Restart step replaced it) writes nothing', async () => {
    const repository = await WorldRepository.open();
    const { world } = await createScenarioWorld(repository, sources(), opening, { pbkdf2Iterations: ITERATIONS });
    const lesson = await lessonOf();
    await repository.finishOpening(world.id, lesson);
    await repository.delete(world.id);
    await repository.saveLesson(world.id, lesson);
    expect(await metaKeys()).toEqual([]);
    repository.close();
  });
});
