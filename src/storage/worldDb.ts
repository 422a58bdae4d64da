/**
 * The IndexedDB database (through idb): one store of world records and a small meta store. Opening is idempotent
 * and guarded by a timeout, because idb's open waits for ever while another tab holds an older version (idb#148).
 *
 * DB_VERSION and the store names: do not change them without an upgrade step in `upgrade`.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const DB_NAME = 'recorder-sim';
export const DB_VERSION = 1;
/** How long opening may wait (e.g. for another tab to close an old version) before the app reports it. */
export const DB_OPEN_TIMEOUT_MS = 5_000;

export interface RecorderSimDb extends DBSchema {
  worlds: { key: string; value: unknown };
  /** `currentWorldId`, and `writer:<world id>`: the tab (repository) allowed to write that world (worldRepository.ts). */
  meta: { key: string; value: string };
}

export type WorldDb = IDBPDatabase<RecorderSimDb>;

export function openWorldDb(): Promise<WorldDb> {
  const opening = openDB<RecorderSimDb>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      if (!db.objectStoreNames.contains('worlds')) db.createObjectStore('worlds', { keyPath: 'id' });
      if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta');
    },
    blocking(_current, _next, event) {
      // A newer version is opening in another tab: step aside so it can upgrade.
      (event.target as IDBDatabase).close();
    },
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(new Error('The saved simulations could not be opened: close other Recorder Simulator tabs and reload.')),
      DB_OPEN_TIMEOUT_MS,
    );
  });
  return Promise.race([opening, timeout]).finally(() => clearTimeout(timer));
}
