/**
 * New simulation: a fresh world of the link's model at the link's start time (the page's ?model= / ?start=), else
 * of the open world's model, now; the old world stays stored.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorldRepository } from '../../src/storage/worldRepository';
import { newWorldRecord } from '../../src/session/newWorld';
import { WorldHost, type NewWorldLink, type WorldSources } from '../../src/session/worldHost';
import { unlockedWorlds } from '../../src/session/worldLocks';
import { WorldSession } from '../../src/session/worldSession';

let repository: WorldRepository;
let counter = 0;
const NOW = Date.UTC(2026, 5, 1, 12);
const sources: WorldSources = { newId: () => `new-${++counter}`, newSeed: () => 9, wallClock: () => NOW };
const options = { pbkdf2Iterations: 10, speed: 0 };
let host: WorldHost | null = null;

async function hostOf(link?: NewWorldLink): Promise<WorldHost> {
  const world = await newWorldRecord({
    id: 'first',
    modelId: 'LNR6108',
    seed: 5,
    startTime: Date.UTC(2026, 2, 2, 9),
    createdAt: 1_000,
    pbkdf2Iterations: 10,
  });
  await repository.create(world);
  const session = new WorldSession(world, repository, options);
  host = new WorldHost(session, repository, sources, options, unlockedWorlds, link);
  return host;
}

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  counter = 0;
  repository = await WorldRepository.open();
});
afterEach(() => {
  host?.getSession().dispose();
  host = null;
  repository.close();
});

describe('New simulation', () => {
  it("starts the fresh world with the link's model and start time", async () => {
    const opened = await hostOf({ modelId: 'N841A81', startTime: Date.UTC(2026, 2, 2, 9) });
    await opened.newSimulation();
    const world = opened.getSession().world;
    expect(world).toMatchObject({ id: 'new-1', worldTime: Date.UTC(2026, 2, 2, 9), recorder: { modelId: 'N841A81' } });
    expect((await repository.list()).worlds.map((stored) => stored.id).sort()).toEqual(['first', 'new-1']);
  });

  it("without a link: the open world's model, now", async () => {
    const opened = await hostOf();
    await opened.newSimulation();
    expect(opened.getSession().world).toMatchObject({ worldTime: NOW, recorder: { modelId: 'LNR6108' } });
  });
});
