/**
 * One writer per world: two repositories on one database are two tabs. The tab that claimed the world
 * last is its only writer; the other's writes are refused (WorldTakenOverError) and leave what was stored alone, so
 * a stale tab never overwrites a saved password or a photo.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { WorldRepository, WorldTakenOverError } from '../../src/storage/worldRepository';
import { newWorldRecord } from '../../src/session/newWorld';

const world = await newWorldRecord({
  id: 'w1',
  modelId: 'LNR6108',
  seed: 7,
  startTime: Date.UTC(2026, 2, 2, 9),
  createdAt: 1_000,
  pbkdf2Iterations: 10,
});

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('the write guard', () => {
  it('refuses the writes of a tab whose world another tab claimed, keeping what that tab saved', async () => {
    const tabA = await WorldRepository.open('tab-a');
    const tabB = await WorldRepository.open('tab-b');
    await tabA.create(world);
    expect(await tabA.isWriter('w1')).toBe(true);
    await tabA.saveWorldTime('w1', world.worldTime + 60_000);

    await tabB.claim('w1');
    expect(await tabA.isWriter('w1')).toBe(false);
    const stale = { ...world.outside, photos: [] };
    await expect(tabA.saveOutside('w1', stale)).rejects.toBeInstanceOf(WorldTakenOverError);
    await expect(tabA.saveFlash('w1', world.recorder.flash)).rejects.toBeInstanceOf(WorldTakenOverError);
    await expect(tabA.saveWorldTime('w1', world.worldTime + 120_000)).rejects.toBeInstanceOf(WorldTakenOverError);
    await expect(tabA.savePowerSwitch('w1', false)).rejects.toBeInstanceOf(WorldTakenOverError);

    const stored = await tabB.read('w1');
    expect(stored.worldTime).toBe(world.worldTime + 60_000);
    expect(stored.recorder.powerSwitchOn).toBe(true);
    await tabB.saveWorldTime('w1', world.worldTime + 180_000);
    expect((await tabB.read('w1')).worldTime).toBe(world.worldTime + 180_000);

    // Taking it back: A writes again, B is refused.
    await tabA.claim('w1');
    await tabA.savePowerSwitch('w1', false);
    await expect(tabB.savePowerSwitch('w1', true)).rejects.toBeInstanceOf(WorldTakenOverError);
    expect((await tabA.read('w1')).recorder.powerSwitchOn).toBe(false);
    tabA.close();
    tabB.close();
  });
});
