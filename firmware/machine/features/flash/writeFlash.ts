/**
 * State fragments that write the pending flash: every change a recorder makes is prepared in context.pendingFlash
 * and becomes context.flash only once the host's `writeFlash` actor says it is durable.
 */
import type { RecorderContext } from '../../types';

/**
 * The invoke that makes context.pendingFlash durable (the `writeFlash` actor the host provides). Every state that
 * writes flash spreads it and adds only what follows: commitFlash on done, discardPendingFlash on error.
 */
export const WRITE_PENDING_FLASH = {
  id: 'writeFlash',
  src: 'writeFlash',
  input: ({ context }: { context: RecorderContext }) => ({ flash: context.pendingFlash ?? context.flash }),
} as const;

/**
 * A busy state that writes the pending flash. When the write is durable the flash is committed and the recorder
 * goes to `saved`; when it fails nothing changes: the pending flash is dropped and `failed` explains why.
 */
export function writingPendingFlash(
  saved: string,
  savedActions: readonly SavedAction[],
  failed: string,
  failure: string,
) {
  return {
    tags: 'busy',
    invoke: {
      ...WRITE_PENDING_FLASH,
      onDone: { target: saved, actions: ['commitFlash', ...savedActions] },
      onError: {
        target: failed,
        actions: ['discardPendingFlash', { type: 'showMessage', params: { text: failure } }],
      },
    },
  } as const;
}

/** What may run after a committed write. */
export type SavedAction =
  'closeModifyDialog' | { readonly type: 'showToast'; readonly params: { readonly text: string } };

/**
 * A busy state writing the System Log entry prepared in pendingFlash. The recorder goes on to `next` either way:
 * a log line that could not be written is lost, as on a recorder whose flash is failing.
 */
export function writingLog(next: string, then: readonly ('startSession' | 'startTemporarySession')[] = []) {
  return {
    tags: 'busy',
    invoke: {
      ...WRITE_PENDING_FLASH,
      onDone: { target: next, actions: ['commitFlash', ...then] },
      onError: { target: next, actions: ['discardPendingFlash', ...then] },
    },
  } as const;
}
