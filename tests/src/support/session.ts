/**
 * The set-up the session tests share: a fresh fake IndexedDB and WorldRepository per test, sessions started on it
 * (paused, low PBKDF2 cost) and disposed after the test, and reading back what the session stored.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { WorldRepository } from '../../../src/storage/worldRepository';
import type { WorldRecord } from '../../../src/storage/worldRecord';
import { WorldSession } from '../../../src/session/worldSession';

export interface SessionKit {
  /** This test's repository (opened before each test). */
  readonly repository: () => WorldRepository;
  /** A session on `world` with this test's repository, disposed after the test. */
  readonly start: (world: WorldRecord) => WorldSession;
  /** The world `id` as stored now. */
  readonly storedWorld: (id: string) => Promise<WorldRecord>;
  /** Waits until the stored world `id` satisfies `done` (saves are not awaited by the session). */
  readonly eventually: (id: string, done: (world: WorldRecord) => boolean) => Promise<WorldRecord>;
}

export function useSessions(pbkdf2Iterations = 1_000): SessionKit {
  let repository: WorldRepository;
  const sessions: WorldSession[] = [];
  beforeEach(async () => {
    globalThis.indexedDB = new IDBFactory();
    repository = await WorldRepository.open();
  });
  afterEach(() => {
    for (const session of sessions.splice(0)) session.dispose();
    repository.close();
  });
  const storedWorld = async (id: string): Promise<WorldRecord> => {
    const world = (await repository.list()).worlds.find((candidate) => candidate.id === id);
    if (!world) throw new Error(`no world ${id}`);
    return world;
  };
  return {
    repository: () => repository,
    start: (world) => {
      const session = new WorldSession(world, repository, { pbkdf2Iterations, speed: 0 });
      sessions.push(session);
      return session;
    },
    storedWorld,
    eventually: async (id, done) => {
      for (let attempt = 0; attempt < 200; attempt += 1) {
        const world = await storedWorld(id);
        if (done(world)) return world;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      throw new Error('the world was not saved as expected');
    },
  };
}
