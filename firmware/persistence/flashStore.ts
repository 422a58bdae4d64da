/**
 * Where the recorder's flash is written. The firmware only knows this interface; the browser shell writes to
 * IndexedDB, Node runs keep it in memory. A write resolves once the flash is durable, or rejects and changes nothing.
 */
import { fromPromise } from 'xstate';
import type { Flash } from './flash';

export interface FlashStore {
  write(flash: Flash): Promise<void>;
}

/** A flash kept in memory (Node tests and QA scripts); `written` is a deep copy of the last completed write. */
export class MemoryFlashStore implements FlashStore {
  written: Flash | null = null;
  writes = 0;
  /** When set, the next writes fail with this error (to test what a failed save does). */
  failWith: Error | null = null;

  async write(flash: Flash): Promise<void> {
    if (this.failWith) throw this.failWith;
    this.written = JSON.parse(JSON.stringify(flash)) as Flash;
    this.writes += 1;
  }
}

/** The `writeFlash` actor backed by `store`, for `recorderMachine.provide({ actors: { writeFlash } })`. */
export function writeFlashActor(store: FlashStore) {
  return fromPromise<void, { flash: Flash }>(({ input }) => store.write(input.flash));
}
