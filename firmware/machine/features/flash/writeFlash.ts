/**
 * Transition and state fragments that several regions share: moving the remote's highlight over the controls on
 * screen, and writing the pending flash.
 */
import type { FocusScreen } from '../../../controls/focusScreens';
import type { RecorderContext } from '../../types';

/** MOVE_FOCUS over the enabled controls of `screen`, the screen on display in this state. */
export const moveFocusWithin = (screen: FocusScreen) =>
  ({ actions: { type: 'moveFocus', params: { screen } } }) as const;

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
type SavedAction = 'closeModifyDialog' | { readonly type: 'showToast'; readonly params: { readonly text: string } };
