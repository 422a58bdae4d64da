/**
 * Fragments shared by the storage feature's states: the flash write of a finished task, the TICK of a task's
 * progress, and the confirmation's transitions.
 */
import type { StorageFlashChange } from './storageLogic';
import { STORAGE } from '../../../controls/controlIds';
import { WRITE_PENDING_FLASH } from '../flash/writeFlash';

/** Actions that may follow a storage write. */
export type StorageSavedAction =
  | 'wipeRam'
  | 'clearStorageTask'
  | { readonly type: 'showToast'; readonly params: { readonly text: string } }
  | { readonly type: 'showMessage'; readonly params: { readonly text: string } }
  | { readonly type: 'showPageNotice'; readonly params: { readonly text: string } };

/**
 * A busy state writing the pending flash: when durable it is committed and the recorder goes to `saved`; when the
 * write fails the pending flash is dropped and `failed` shows `failure` (in its dialog, or on the page for a state
 * without one: `on` 'page').
 */
export function writingStorageFlash(
  saved: string,
  savedActions: readonly StorageSavedAction[],
  failed: string,
  failure: string,
  failedActions: readonly StorageSavedAction[] = [],
  on: 'dialog' | 'page' = 'dialog',
) {
  const shown = { type: on === 'page' ? 'showPageNotice' : 'showMessage', params: { text: failure } } as const;
  return {
    tags: 'busy',
    invoke: {
      ...WRITE_PENDING_FLASH,
      onDone: { target: saved, actions: ['commitFlash', ...savedActions] },
      onError: { target: failed, actions: ['discardPendingFlash', ...failedActions, shown] },
    },
  } as const;
}

/** TICK while a task runs: when its time is over, prepare its flash change and go to `done`. */
export function taskTick(
  done: string,
  change: StorageFlashChange,
  extra: readonly ('storeBackupOnStick' | 'announceUsbStick')[] = [],
) {
  return [
    {
      guard: 'isStorageTaskDone',
      target: done,
      actions: ['updateTime', ...extra, { type: 'prepareStorageFlash', params: { change } }],
    },
    { actions: ['updateTime', 'expireToast'] },
  ] as const;
}

export const isControl = (control: string) => ({ type: 'isControl', params: { control } }) as const;
export const isOk = isControl(STORAGE.confirmOk);
export const isCancel = isControl(STORAGE.confirmCancel);
