/**
 * The shape every dialog that saves a new password shares, after its editing states:
 *
 *   hashing  PBKDF2 of what was typed, with the salts drawn on the way in (busy); done → `prepare` builds the
 *            pending flash from the hashes, then saving; a failure goes back to `back` with a message
 *   saving   the flash write (busy); once durable → `saved`, else back to `back`, nothing changed
 *
 * Spread into the dialog's states: `states: { editing, ...hashingThenSaving({ ... }) }`.
 */
import type { PasswordHash } from '../../../security/passwordHash';
import type { RecorderContext } from '../../types';
import type { HashRequest } from './setup';
import { writingPendingFlash, type SavedAction } from './writeFlash';

/** The actions that turn the hashes into context.pendingFlash. */
type PrepareAction =
  | 'prepareInitializedFlash'
  | 'addSecurityAnswersToPendingFlash'
  | 'prepareAddedUserFlash'
  | 'prepareChangedPasswordFlash'
  | 'prepareRecoveredPasswordFlash';

interface HashingThenSaving {
  /** What to hash: the typed passwords with the drawn salts. */
  readonly input: (args: { context: RecorderContext }) => {
    requests: readonly HashRequest[];
    iterations: number;
  };
  readonly prepare: readonly PrepareAction[];
  /** The state (a sibling) that a failure returns to, with its message. */
  readonly back: string;
  /** Where a durable save goes, and what it shows. */
  readonly saved: string;
  readonly savedActions: readonly SavedAction[];
  /** What the dialog says when the write failed. */
  readonly failure: string;
}

const hashesOf = ({ event }: { event: { output: readonly PasswordHash[] } }) => ({ hashes: event.output });

export function hashingThenSaving(options: HashingThenSaving) {
  return {
    hashing: {
      tags: 'busy',
      invoke: {
        id: 'hashPasswords',
        src: 'hashPasswords',
        input: options.input,
        onDone: {
          target: 'saving',
          actions: options.prepare.map((type) => ({ type, params: hashesOf })),
        },
        onError: {
          target: options.back,
          actions: { type: 'showMessage', params: { text: 'The password could not be prepared. Try again.' } },
        },
      },
    },
    saving: writingPendingFlash(options.saved, options.savedActions, options.back, options.failure),
  } as const;
}
