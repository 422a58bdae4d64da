/**
 * Power-on states of the storage feature, beside `booting` and `running` under `on`.
 *
 *   recovery       (P12, outcome *invented*) the boot found an interrupted upgrade (flash.firmware.upgradeInProgress):
 *                  waiting: Recover needs a USB stick with this model's firmware, else an alert says so (inserting
 *                  a stick clears it);
 *                  flashing: progress from TICKs (pulling the stick stops it, nothing changes); saving (busy): the
 *                  image is durable, the recorder restarts normally (users and recordings kept)
 *   hardwareReset  the mainboard reset button was held long enough: the factory-default flash is written (busy),
 *                  then the recorder restarts into Device Initialization (or the default accounts)
 */
import { and } from 'xstate';
import { STORAGE } from '../../../controls/controlIds';
import { recorderSetup } from '../../setup';
import { moveFocusWithin } from '../forms/focus';
import { isControl, taskTick, writingStorageFlash } from './storageHelpers';
import { TARGET } from '../../targets';

const RECOVERY_INTERRUPTED = [
  'clearStorageTask',
  {
    type: 'showMessage',
    params: { text: 'The USB stick was removed during recovery. Nothing was changed. Click Recover to start again.' },
  },
] as const;

export const recovery = recorderSetup.createStateConfig({
  initial: 'waiting',
  exit: ['clearStorageTask', 'clearFocus'],
  states: {
    waiting: {
      on: {
        ACTIVATE: [
          {
            guard: and([isControl(STORAGE.recover), 'hasRecoveryImage']),
            target: 'flashing',
            actions: [{ type: 'startStorageTask', params: { kind: 'recovery' } }],
          },
          {
            guard: isControl(STORAGE.recover),
            actions: {
              type: 'showMessage',
              params: { text: 'No firmware file for this recorder on a USB stick. Insert one, then click Recover.' },
            },
          },
        ],
        // A (new) stick in the port answers the alert that asked for one; Recover checks it again.
        USB_INSERT: { actions: ['insertUsbStick', 'clearStorageMessage'] },
        MOVE_FOCUS: moveFocusWithin('recovery'),
      },
    },
    flashing: {
      on: {
        TICK: taskTick('saving', 'recovered'),
        USB_REMOVE: { target: 'waiting', actions: ['removeUsbStick', ...RECOVERY_INTERRUPTED] },
        // Another stick in the port means this one was pulled out first.
        USB_INSERT: { target: 'waiting', actions: ['insertUsbStick', ...RECOVERY_INTERRUPTED] },
      },
    },
    saving: writingStorageFlash(
      TARGET.booting,
      ['wipeRam'],
      'waiting',
      'The firmware could not be written. Try again.',
      ['clearStorageTask'],
    ),
  },
});

/**
 * The mainboard reset's write. When it is durable the recorder restarts into Device Initialization; when it fails,
 * nothing changed and the screen says so until OK restarts the recorder as it was.
 */
export const hardwareReset = recorderSetup.createStateConfig({
  // Whatever dialog was open is gone; the message line is this screen's own.
  entry: 'forgetTypedPasswords',
  initial: 'writing',
  states: {
    writing: writingStorageFlash(
      TARGET.booting,
      ['wipeRam'],
      'failed',
      'The factory defaults could not be saved. Nothing was changed.',
    ),
    failed: {
      on: {
        ACTIVATE: { guard: isControl(STORAGE.resetFailedOk), target: TARGET.booting, actions: 'wipeRam' },
        CONFIRM: { target: TARGET.booting, actions: 'wipeRam' },
      },
    },
  },
});
