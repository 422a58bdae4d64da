/**
 * Stored worlds in IndexedDB (fake-indexeddb in Node; the browser tests use the real one): saving, reading back,
 * refusing bad records without losing them, and the schema version.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { buildPreset, emptyFlash } from '../../firmware';
import { DB_NAME, DB_VERSION } from '../../src/storage/worldDb';
import { WorldRepository } from '../../src/storage/worldRepository';
import { WORLD_SCHEMA_VERSION, type WorldRecord } from '../../src/storage/worldRecord';
import { newWorldRecord } from '../../src/session/newWorld';

/** One new world (hashing the customer's password once), stored under several ids. */
const base: WorldRecord = await newWorldRecord({
  id: 'base',
  modelId: 'LNR6108',
  seed: 99,
  startTime: Date.UTC(2026, 2, 2, 9),
  createdAt: 1_000,
  pbkdf2Iterations: 10,
});
const world = (id: string, createdAt = 1_000): WorldRecord => ({ ...base, id, createdAt });
/** A valid flash of an initialized recorder (its admin account set), as Device Initialization leaves it. */
const { flash: initialized } = await buildPreset('initialized', { modelId: 'LNR6108', seed: 99, pbkdf2Iterations: 10 });
/** A stored world whose recorder was initialized. */
const initializedWorld = (id: string): WorldRecord => ({
  ...base,
  id,
  recorder: { ...base.recorder, flash: initialized },
});

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('the world repository', () => {
  it('creates a world, makes it current and reads it back', async () => {
    const repository = await WorldRepository.open();
    const created = world('w1');
    await repository.create(created);
    expect(await repository.currentWorldId()).toBe('w1');
    expect(await repository.list()).toEqual({ worlds: [created], problems: [] });
    repository.close();
  });

  it('saves the flash, the world time and the power switch of one world', async () => {
    const repository = await WorldRepository.open();
    await repository.create(world('w1'));
    const flash = { ...initialized, randomSeed: 5 };
    await repository.saveFlash('w1', flash);
    await repository.saveWorldTime('w1', Date.UTC(2026, 2, 2, 10));
    await repository.savePowerSwitch('w1', true);
    const [stored] = (await repository.list()).worlds;
    expect(stored?.recorder.flash).toEqual(flash);
    expect(stored?.worldTime).toBe(Date.UTC(2026, 2, 2, 10));
    expect(stored?.recorder.powerSwitchOn).toBe(true);
  });

  it("saves the world's USB stick, and refuses a corrupt one, keeping what was stored", async () => {
    const repository = await WorldRepository.open();
    const created = world('w1');
    await repository.create(created);
    const written = {
      ...created.usb.stick,
      files: [...created.usb.stick.files, { name: 'b.dav', kind: 'backup' as const, sizeMb: 3 }],
    };
    await repository.saveUsb('w1', { inserted: true, stick: written }, true);
    expect((await repository.list()).worlds[0]?.usb).toEqual({ inserted: true, stick: written });
    await expect(repository.saveUsb('w1', { inserted: false, stick: { ...written, capacityMb: -1 } })).rejects.toThrow(
      /usb.stick.capacityMb/,
    );
    expect((await repository.list()).worlds[0]?.usb).toEqual({ inserted: true, stick: written });
  });

  it('never moves world time backwards', async () => {
    const repository = await WorldRepository.open();
    await repository.create(world('w1'));
    await repository.saveWorldTime('w1', Date.UTC(2026, 2, 1));
    expect((await repository.list()).worlds[0]?.worldTime).toBe(Date.UTC(2026, 2, 2, 9));
  });

  it('refuses to save an invalid flash and keeps what was stored', async () => {
    const repository = await WorldRepository.open();
    const created = world('w1');
    await repository.create(created);
    const bad = { ...emptyFlash(), users: [{ name: 'no spaces allowed', group: 'admin', password: {} }] };
    await expect(repository.saveFlash('w1', bad as never)).rejects.toThrow(/invalid/);
    expect((await repository.list()).worlds[0]?.recorder.flash).toEqual(created.recorder.flash);
  });

  it('keeps several worlds, newest first', async () => {
    const repository = await WorldRepository.open();
    await repository.create(world('old', 1_000));
    await repository.create({ ...world('other', 2_000), recorder: { ...world('x').recorder, modelId: 'N841A81' } });
    await repository.create(world('new', 3_000));
    expect((await repository.list()).worlds.map((w) => w.id)).toEqual(['new', 'other', 'old']);
  });

  it('reports unreadable records, leaves them in place, and still reads the others', async () => {
    const repository = await WorldRepository.open();
    await repository.create(world('good'));
    const db = await openDB(DB_NAME, DB_VERSION);
    await db.put('worlds', { id: 'corrupt', schemaVersion: WORLD_SCHEMA_VERSION, recorder: 'garbage' });
    await db.put('worlds', { ...world('future'), schemaVersion: WORLD_SCHEMA_VERSION + 1 });
    const { worlds, problems } = await repository.list();
    expect(worlds.map((w) => w.id)).toEqual(['good']);
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/newer version/);
    expect(await db.count('worlds')).toBe(3);
    db.close();
  });

  describe('a flash edited by hand in IndexedDB', () => {
    /** Stores an initialized world, then changes its flash in the database directly (as DevTools would). */
    const damagedWorld = async (damage: (flash: Record<string, unknown>) => void) => {
      const repository = await WorldRepository.open();
      await repository.create(initializedWorld('w1'));
      const db = await openDB(DB_NAME, DB_VERSION);
      const raw = (await db.get('worlds', 'w1')) as { recorder: { flash: Record<string, unknown> } };
      damage(raw.recorder.flash);
      await db.put('worlds', raw);
      return { repository, db, stored: JSON.stringify(await db.get('worlds', 'w1')) };
    };

    it.each<[string, (flash: Record<string, unknown>) => void, RegExp]>([
      ['users deleted', (flash) => delete flash.users, /recorder\.flash\.users: missing/],
      ['users emptied', (flash) => (flash.users = []), /recorder\.flash\.users: .*no admin account/],
      ['initialized deleted', (flash) => delete flash.initialized, /recorder\.flash\.initialized: missing/],
      ['systemLog deleted', (flash) => delete flash.systemLog, /recorder\.flash\.systemLog: missing/],
    ])('with %s is refused naming the key, and neither read nor written over', async (_case, damage, problem) => {
      const { repository, db, stored } = await damagedWorld(damage);
      const { worlds, problems } = await repository.list();
      expect(worlds).toEqual([]);
      expect(problems).toEqual([expect.stringMatching(problem)]);
      await expect(repository.read('w1')).rejects.toThrow(problem);
      // The boot's log write (or any other save) does not store a repaired flash over the damaged one.
      await expect(repository.saveFlash('w1', initialized)).rejects.toThrow(problem);
      await expect(repository.saveWorldTime('w1', Date.UTC(2026, 2, 2, 10))).rejects.toThrow(problem);
      expect(JSON.stringify(await db.get('worlds', 'w1'))).toBe(stored);
      db.close();
      repository.close();
    });
  });
});
