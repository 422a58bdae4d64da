/**
 * Renaming and deleting the open world through the world host: a refused name changes nothing; deleting opens the
 * most recent other world, and the only stored world cannot be deleted.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseWorld, readParameters } from '../../src/bootstrap';
import { WorldRepository } from '../../src/storage/worldRepository';
import { WorldHost, type WorldSources } from '../../src/session/worldHost';
import { WorldSession } from '../../src/session/worldSession';

let repository: WorldRepository;
let host: WorldHost;
let counter = 0;
let clock = Date.UTC(2026, 5, 1, 12);
const sources: WorldSources = { newId: () => `new-${++counter}`, newSeed: () => 9, wallClock: () => (clock += 60_000) };
const options = { pbkdf2Iterations: 10, speed: 0 };

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  counter = 0;
  repository = await WorldRepository.open();
  const world = await chooseWorld(repository, readParameters('?model=LNR6108'), sources, []);
  host = new WorldHost(new WorldSession(world, repository, options), repository, sources, options);
});
afterEach(() => {
  if (host.getView().kind === 'running') host.getSession().dispose();
  repository.close();
});

const names = async () => (await host.storedWorlds()).map((world) => world.name);

describe('naming worlds', () => {
  it('gives new worlds of one model different names', async () => {
    await host.newSimulation();
    await host.newSimulation();
    expect(await names()).toEqual(['LNR6108 #3', 'LNR6108 #2', 'LNR6108 #1']);
  });

  it('renames the open world, trimmed; a refused name changes nothing', async () => {
    await host.renameWorld('  Lockout drill ');
    expect(await names()).toEqual(['Lockout drill']);
    await expect(host.renameWorld('a\tb')).rejects.toThrow(/control characters/);
    await expect(host.renameWorld('')).rejects.toThrow(/must not be empty/);
    expect(await names()).toEqual(['Lockout drill']);
  });

  it('keeps the new name when the open world saves afterwards', async () => {
    await host.renameWorld('Drill');
    host.getSession().advance(60_000);
    await repository.saveWorldTime(host.getSession().world.id, host.getSession().clock.now());
    expect(await names()).toEqual(['Drill']);
  });
});

describe('deleting the open world', () => {
  it('is refused while it is the only stored world', async () => {
    await expect(host.deleteWorld()).rejects.toThrow(/only saved simulation/);
    expect(await names()).toEqual(['LNR6108 #1']);
  });

  it('deletes it and opens the most recent other world', async () => {
    const first = host.getSession().world.id;
    await host.newSimulation();
    await host.newSimulation();
    const third = host.getSession().world.id;
    await host.openWorld(first);
    await host.deleteWorld();
    expect(host.getSession().world.id).toBe(third);
    expect(await names()).toEqual(['LNR6108 #3', 'LNR6108 #2']);
    expect(await repository.currentWorldId()).toBe(third);
    await expect(repository.read(first)).rejects.toThrow(/No saved simulation/);
  });
});
