/**
 * One tab drives a world at a time: a Web Lock per world (navigator.locks), held while a tab's session of
 * that world runs. A second tab asks without waiting (ifAvailable) and is told the world is open elsewhere; taking
 * over steals the lock, and the first tab's lock is `lost` (its request rejects). The repository's writer token
 * (worldRepository.ts) guards the data itself, so a write already under way in the first tab is refused too.
 *
 * Where Web Locks are missing (old browsers, jsdom) every request is granted: the writer token still protects saves.
 */

export interface WorldLock {
  /** Resolves when another tab has taken the lock (never when this tab releases it). */
  readonly lost: Promise<void>;
  release(): void;
}

export interface WorldLocks {
  /** This world's lock, or null if another tab holds it; `steal` takes it from that tab. */
  acquire(worldId: string, steal: boolean): Promise<WorldLock | null>;
}

export const WORLD_LOCK_PREFIX = 'recorder-sim-world:';

/** A lock that is always granted and never lost. */
export const unlockedWorlds: WorldLocks = {
  acquire: () => Promise.resolve({ lost: new Promise<void>(() => undefined), release: () => undefined }),
};

/** The browser's Web Locks, or `unlockedWorlds` where there are none. */
export function browserWorldLocks(locks: LockManager | undefined = globalThis.navigator?.locks): WorldLocks {
  if (!locks) return unlockedWorlds;
  return {
    acquire: (worldId, steal) =>
      new Promise<WorldLock | null>((resolve, reject) => {
        let release = () => undefined as void;
        const held = new Promise<void>((done) => (release = done));
        let markLost = () => undefined as void;
        const lost = new Promise<void>((done) => (markLost = done));
        let granted = false;
        locks
          .request(WORLD_LOCK_PREFIX + worldId, steal ? { steal: true } : { ifAvailable: true }, (lock) => {
            if (!lock) {
              resolve(null);
              return undefined;
            }
            granted = true;
            resolve({ lost, release });
            return held;
          })
          .catch((error: unknown) => {
            // AbortError once stolen by another tab; before it was granted, a real failure.
            if (granted) markLost();
            else reject(error instanceof Error ? error : new Error(String(error)));
          });
      }),
  };
}
