/**
 * Reading and writing worlds. Every read validates and migrates (a bad record is reported, never trusted, never
 * overwritten); writes the user relies on (a saved password, a new world) use strict durability, so they are on
 * disk before the firmware or the UI confirms them. Frequent bookkeeping (world time, switch position) is relaxed.
 *
 * One writer per world, so that two tabs never overwrite each other's saves: each repository (one per tab) has its own writer token; `claim` makes it the
 * world's writer (meta `writer:<id>`), and every write checks, in its own transaction, that it still is. A tab whose
 * world was taken over by another tab gets WorldTakenOverError and writes nothing, so its stale state never
 * overwrites what the other tab saved.
 */
import type { Flash, SiteCameraRecord } from '../../firmware';
import type { OutsideWorldState } from '../../outside';
import type { WorldUsb } from '../session/downloadStick';
import { migrateWorldRecord } from './migrations';
import { openWorldDb, type WorldDb } from './worldDb';
import { parseWorldRecord, type WorldRecord } from './worldRecord';
import { lessonKey, parseLessonRecord, type LessonRecord } from './lessonRecord';
import { openingKey, parseOpeningRecord, type OpeningRecord } from './openingRecord';

export interface StoredWorlds {
  readonly worlds: WorldRecord[];
  /** Records that could not be read, with the reason; they stay in the database untouched. */
  readonly problems: string[];
}

/** A write refused because another tab has taken the world over (claimed it since this tab did). */
export class WorldTakenOverError extends Error {
  constructor(id: string) {
    super(`Simulation ${id} is now driven by another tab; this tab no longer saves it.`);
    this.name = 'WorldTakenOverError';
  }
}

const writerKey = (id: string) => `writer:${id}`;

export class WorldRepository {
  private constructor(
    private readonly db: WorldDb,
    /** This tab's writer token. */
    readonly writer: string,
  ) {}

  static async open(writer: string = crypto.randomUUID()): Promise<WorldRepository> {
    return new WorldRepository(await openWorldDb(), writer);
  }

  /** Makes this repository the only writer of world `id` (durably); the previous writer's writes are refused. */
  async claim(id: string): Promise<void> {
    const tx = this.db.transaction('meta', 'readwrite', { durability: 'strict' });
    await Promise.all([tx.objectStore('meta').put(this.writer, writerKey(id)), tx.done]);
  }

  /** Whether this repository may write world `id` (no writer claimed it yet, or this one did). */
  async isWriter(id: string): Promise<boolean> {
    const writer = await this.db.get('meta', writerKey(id));
    return writer === undefined || writer === this.writer;
  }

  /** Every readable world, most recently created first. */
  async list(): Promise<StoredWorlds> {
    const raws = await this.db.getAll('worlds');
    const worlds: WorldRecord[] = [];
    const problems: string[] = [];
    for (const raw of raws) {
      try {
        worlds.push(parseWorldRecord(migrateWorldRecord(raw)));
      } catch (error) {
        problems.push(error instanceof Error ? error.message : String(error));
      }
    }
    worlds.sort((a, b) => b.createdAt - a.createdAt);
    return { worlds, problems };
  }

  /** One stored world, validated; throws if it is missing or unreadable. */
  async read(id: string): Promise<WorldRecord> {
    const raw = await this.db.get('worlds', id);
    if (raw === undefined) throw new Error(`No saved simulation ${id}.`);
    return parseWorldRecord(migrateWorldRecord(raw));
  }

  async currentWorldId(): Promise<string | null> {
    return (await this.db.get('meta', 'currentWorldId')) ?? null;
  }

  async setCurrentWorld(id: string): Promise<void> {
    await this.db.put('meta', id, 'currentWorldId');
  }

  /**
   * Stores a new world and makes it current, durably; with `opening`, the scenario opening it is made for
   * (openingRecord.ts) in the same transaction, so the world never exists without it until its lesson is saved.
   */
  async create(world: WorldRecord, opening?: OpeningRecord): Promise<void> {
    const tx = this.db.transaction(['worlds', 'meta'], 'readwrite', { durability: 'strict' });
    await Promise.all([
      tx.objectStore('worlds').add(parseWorldRecord(world)),
      tx.objectStore('meta').put(world.id, 'currentWorldId'),
      tx.objectStore('meta').put(this.writer, writerKey(world.id)),
      opening ? tx.objectStore('meta').put(JSON.stringify(opening), openingKey(world.id)) : undefined,
      tx.done,
    ]);
  }

  /** Changes one world in a single transaction; `change` gets the validated record. */
  private async update(
    id: string,
    change: (world: WorldRecord) => WorldRecord,
    durability: IDBTransactionDurability,
  ): Promise<void> {
    const tx = this.db.transaction(['worlds', 'meta'], 'readwrite', { durability });
    const writer = await tx.objectStore('meta').get(writerKey(id));
    if (writer !== undefined && writer !== this.writer) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new WorldTakenOverError(id);
    }
    const store = tx.objectStore('worlds');
    const raw = await store.get(id);
    if (raw === undefined) throw new Error(`No saved simulation ${id}.`);
    await store.put(parseWorldRecord(change(parseWorldRecord(migrateWorldRecord(raw)))));
    await tx.done;
  }

  /** The recorder's flash write: resolves only once it is durable. */
  saveFlash(id: string, flash: Flash): Promise<void> {
    return this.update(id, (world) => ({ ...world, recorder: { ...world.recorder, flash } }), 'strict');
  }

  saveWorldTime(id: string, worldTime: number): Promise<void> {
    return this.update(
      id,
      (world) => ({ ...world, worldTime: Math.max(world.worldTime, Math.floor(worldTime)) }),
      'relaxed',
    );
  }

  /**
   * The world's USB stick: whether it is in the port (relaxed, like the switch) or, `durable`, new contents the
   * recorder wrote (a backup the user will rely on).
   */
  saveUsb(id: string, usb: WorldUsb, durable = false): Promise<void> {
    return this.update(id, (world) => ({ ...world, usb }), durable ? 'strict' : 'relaxed');
  }

  /** The outside world (a submitted form, a sent e-mail): resolves only once it is durable (docs/architecture.md#persistence). */
  saveOutside(id: string, outside: OutsideWorldState): Promise<void> {
    return this.update(id, (world) => ({ ...world, outside }), 'strict');
  }

  /**
   * The cameras as they keep themselves: `durable` for what the user relies on (a credential the NVR gave, a reset to
   * defaults, a binding to the app account), relaxed for a cable plugged in or out.
   */
  saveCameras(id: string, cameras: readonly SiteCameraRecord[], durable: boolean): Promise<void> {
    return this.update(id, (world) => ({ ...world, cameras }), durable ? 'strict' : 'relaxed');
  }

  /**
   * Renames a stored world. Without the writer check: only `name` changes, and every other write re-reads the record
   * in its own transaction (update), so a tab driving the world keeps its saves and takes the new name with them.
   */
  async rename(id: string, name: string): Promise<void> {
    const tx = this.db.transaction('worlds', 'readwrite', { durability: 'strict' });
    const raw = await tx.store.get(id);
    if (raw === undefined) throw new Error(`No saved simulation ${id}.`);
    await tx.store.put(parseWorldRecord({ ...parseWorldRecord(migrateWorldRecord(raw)), name }));
    await tx.done;
  }

  /** Deletes a stored world, its writer claim, and the "current world" mark if it is that world. */
  async delete(id: string): Promise<void> {
    const tx = this.db.transaction(['worlds', 'meta'], 'readwrite', { durability: 'strict' });
    const meta = tx.objectStore('meta');
    const current = await meta.get('currentWorldId');
    await Promise.all([
      tx.objectStore('worlds').delete(id),
      meta.delete(writerKey(id)),
      meta.delete(lessonKey(id)),
      meta.delete(openingKey(id)),
      current === id ? meta.delete('currentWorldId') : undefined,
      tx.done,
    ]);
  }

  /** The world's lesson (lessonRecord.ts), or null when it has none (free play) or it cannot be resumed. */
  async readLesson(id: string): Promise<LessonRecord | null> {
    return parseLessonRecord(await this.db.get('meta', lessonKey(id)));
  }

  /**
   * Stores the world's lesson (relaxed: a lost step is redone by the lesson's own check when the tab reopens). Only
   * beside its world: a late save for a world deleted meanwhile (the one Restart step replaced) writes nothing.
   */
  async saveLesson(id: string, lesson: LessonRecord | null): Promise<void> {
    const tx = this.db.transaction(['worlds', 'meta'], 'readwrite', { durability: 'relaxed' });
    const meta = tx.objectStore('meta');
    const exists = (await tx.objectStore('worlds').getKey(id)) !== undefined;
    await Promise.all([
      exists && lesson ? meta.put(JSON.stringify(lesson), lessonKey(id)) : meta.delete(lessonKey(id)),
      tx.done,
    ]);
  }

  /** The scenario opening a closed tab left unfinished for the world `id` (openingRecord.ts), or null. */
  async readOpening(id: string): Promise<OpeningRecord | null> {
    return parseOpeningRecord(await this.db.get('meta', openingKey(id)));
  }

  /** The worlds whose scenario opening is unfinished (each has an `opening:<id>` record). */
  async unfinishedOpenings(): Promise<string[]> {
    const prefix = openingKey('');
    const keys = await this.db.getAllKeys('meta', IDBKeyRange.bound(prefix, `${prefix}\uffff`));
    return keys.map((key) => String(key).slice(prefix.length));
  }

  /** The world's opening is done: its lesson replaces the opening record, in one durable transaction. */
  async finishOpening(id: string, lesson: LessonRecord): Promise<void> {
    const tx = this.db.transaction('meta', 'readwrite', { durability: 'strict' });
    await Promise.all([tx.store.put(JSON.stringify(lesson), lessonKey(id)), tx.store.delete(openingKey(id)), tx.done]);
  }

  savePowerSwitch(id: string, powerSwitchOn: boolean): Promise<void> {
    return this.update(id, (world) => ({ ...world, recorder: { ...world.recorder, powerSwitchOn } }), 'relaxed');
  }

  close(): void {
    this.db.close();
  }
}
