/**
 * Start-up after a tab was closed while a scenario was being brought to its step (fake-indexeddb): bootstrap finds
 * the unfinished opening, opens the scenario again from scratch and brings the new world to the step, with its lesson.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { expect, it } from 'vitest';
import { scenarioById } from '../../scenarios';
import { bootstrap } from '../../src/bootstrap';
import { createScenarioWorld } from '../../src/session/scenarioWorlds';
import { newWorldRecord } from '../../src/session/newWorld';
import { sessionScenarioWorld } from '../../src/session/sessionScenarioWorld';
import { WorldRepository } from '../../src/storage/worldRepository';

/** A fresh fake IndexedDB, its repository, counting ids, and a P11 opening at `step` (0-based). */
async function freshStore(step: number) {
  globalThis.indexedDB = new IDBFactory();
  let next = 0;
  const sources = { newId: () => `world-${++next}`, newSeed: () => 7, wallClock: () => Date.UTC(2026, 2, 2, 9) };
  const opening = {
    scenario: scenarioById('p11-cloud')!,
    step,
    mode: 'learn' as const,
    seed: 7,
    startTime: Date.UTC(2026, 2, 2, 9),
    speed: 0,
    embed: false,
  };
  return { sources, repository: await WorldRepository.open(), opening };
}

it('reopens an unfinished scenario opening at its step, in a new world, with its lesson', async () => {
  const { sources, repository, opening } = await freshStore(2);
  // The tab was closed after the world was stored and before its lesson was: only the opening is there.
  const { world: unfinished } = await createScenarioWorld(repository, sources, opening);
  repository.close();

  const { host } = await bootstrap('', sources);
  const session = host.getSession();
  expect(session.world.id).not.toBe(unfinished.id);
  const lesson = await host.lessons.read(session.world.id);
  expect(lesson?.progress.step).toBe(2);
  expect(lesson?.opened).toMatchObject({ scenarioId: 'p11-cloud', seed: 7 });
  // Steps 1 and 2 were replayed: the check of step 2 (the login dialog is open) holds on the new world.
  const view = sessionScenarioWorld(session).view();
  expect(opening.scenario.steps[1]!.check.holds(view, lesson!.progress.baseline)).toBe(true);
  const check = await WorldRepository.open();
  expect((await check.list()).worlds.map((w) => w.id)).toEqual([session.world.id]);
  expect(await check.readOpening(session.world.id)).toBeNull();
  check.close();
  session.dispose();
}, 60_000);

it('drops the worlds a closed tab left half-prepared (a reload during a link’s replay), keeping every other world', async () => {
  const { sources, repository, opening } = await freshStore(1);
  const kept = await newWorldRecord({
    id: 'kept',
    modelId: 'LNR440',
    seed: 3,
    startTime: Date.UTC(2026, 2, 2, 9),
    createdAt: 1_000,
    pbkdf2Iterations: 10,
  });
  await repository.create(kept);
  const { world: stranded } = await createScenarioWorld(repository, sources, opening);
  expect(await repository.unfinishedOpenings()).toEqual([stranded.id]);
  repository.close();

  // The link is opened again: a new world for it, and the half-prepared one of the first try is gone.
  const { host } = await bootstrap('?scenario=p11-cloud&step=2&speed=2', sources);
  const session = host.getSession();
  const check = await WorldRepository.open();
  expect((await check.list()).worlds.map((w) => w.id).sort()).toEqual([session.world.id, 'kept'].sort());
  expect(await check.unfinishedOpenings()).toEqual([]);
  check.close();
  // The scenario's world runs at the link's speed once prepared, and so does the tab's next world.
  expect(session.speed).toBe(2);
  await host.newSimulation();
  expect(host.getSession().speed).toBe(2);
  host.getSession().dispose();
}, 60_000);
