/**
 * The storage feature's states under `menu` (P7, P12, P13), and the clicks in `menu.browsing` that lead to them.
 *
 *   format          confirm (OK/Cancel) → running (progress, TICKs; recording stops) → saving (busy) → browsing
 *   backup          running (progress; pulling the stick fails it, nothing saved) → saving (busy) → browsing
 *   upgrade         confirm → marking (upgradeInProgress written, busy) → running (3 min) → saving (busy) → reboot;
 *                   a power cut after marking leaves the firmware damaged: the next boot goes to recovery; the
 *                   image is read into RAM first, so pulling the stick during it changes nothing (*invented*)
 *   restoreDefault  confirm → saving (busy) → browsing (settings restored; users, network, recordings kept)
 *   factoryDefault  confirm → saving (busy) → reboot into Device Initialization (or the default accounts)
 *
 * Format, upgrade and both restores are for the admin group only: the view shows their controls disabled to others,
 * and the firmware still refuses a click that arrives anyway (Format HDD and Start Upgrade with a notice on the page,
 * Default and Factory Default by opening nothing; their confirmations' OK checks again).
 */
import { and, not } from 'xstate';
import { STORAGE } from '../../../controls/controlIds';
import type { FocusScreen } from '../../../controls/focusScreens';
import { adminOnlyMessage } from './storageLogic';
import { recorderSetup } from '../../setup';
import { moveFocusWithin } from '../forms/focus';
import { isCancel, isOk, taskTick, writingStorageFlash, type StorageSavedAction } from './storageHelpers';
import { TARGET } from '../../targets';

const pageButton = (control: string, page: 'hdd' | 'backup' | 'upgrade') =>
  ({ type: 'isPageButton', params: { control, page } }) as const;
const back = { target: TARGET.menuBrowsing } as const;
const reboot = [TARGET.booting, ['wipeRam']] as const;

/** Clicks in menu.browsing, spread under the storage marker of menu.ts. */
export const storageMenuActivations = [
  { guard: and([pageButton(STORAGE.formatHdd, 'hdd'), 'isAdminGroupSession']), target: 'format' },
  {
    guard: pageButton(STORAGE.formatHdd, 'hdd'),
    actions: { type: 'showPageNotice', params: { text: adminOnlyMessage('format the HDD') } },
  },
  { guard: and([pageButton(STORAGE.startBackup, 'backup'), 'isBackupPossible']), target: 'backup' },
  { guard: pageButton(STORAGE.startBackup, 'backup'), actions: 'showBackupProblem' },
  { guard: 'isUpgradeFileControl', actions: 'selectUpgradeFile' },
  { guard: and([pageButton(STORAGE.startUpgrade, 'upgrade'), 'isUpgradePossible']), target: 'upgrade' },
  { guard: pageButton(STORAGE.startUpgrade, 'upgrade'), actions: 'showUpgradeProblem' },
  { guard: { type: 'isMenuAction', params: { action: 'default' } }, target: 'restoreDefault' },
  { guard: { type: 'isMenuAction', params: { action: 'factoryDefault' } }, target: 'factoryDefault' },
] as const;

/** A confirmation: `activations` for its OK; Cancel, right click and Escape go back to the page. */
function confirming<const T extends readonly object[]>(screen: FocusScreen, activations: T) {
  return {
    // A refusal belongs to this time the dialog is open (a failed save comes back with its own).
    exit: 'clearStorageMessage',
    on: {
      ACTIVATE: [...activations, { guard: isCancel, ...back }],
      CONTEXT_MENU: back,
      BACK: back,
      MOVE_FOCUS: moveFocusWithin(screen),
    },
  } as const;
}

const format = recorderSetup.createStateConfig({
  initial: 'confirm',
  exit: ['clearStorageTask', 'clearFocus'],
  states: {
    // Only an admin gets here (Format HDD checks), and the session cannot change meanwhile.
    confirm: confirming('formatConfirm', [
      { guard: isOk, target: 'running', actions: [{ type: 'startStorageTask', params: { kind: 'format' } }] },
    ]),
    running: { on: { TICK: taskTick('saving', 'format') } },
    saving: writingStorageFlash(
      TARGET.menuBrowsing,
      [{ type: 'showToast', params: { text: 'The HDD was formatted.' } }],
      TARGET.menuBrowsing,
      'The HDD could not be formatted. Nothing was changed.',
      [],
      'page',
    ),
  },
});

const BACKUP_FAILED = [
  { type: 'showPageNotice', params: { text: 'The USB stick was removed: the backup failed. Nothing was saved.' } },
] as const;

const backup = recorderSetup.createStateConfig({
  initial: 'running',
  entry: { type: 'startStorageTask', params: { kind: 'backup' } },
  exit: 'clearStorageTask',
  states: {
    running: {
      on: {
        TICK: taskTick('saving', 'backup', ['storeBackupOnStick', 'announceUsbStick']),
        USB_REMOVE: { target: TARGET.menuBrowsing, actions: ['removeUsbStick', ...BACKUP_FAILED] },
        // Another stick in the port means this one was pulled out first.
        USB_INSERT: { target: TARGET.menuBrowsing, actions: ['insertUsbStick', ...BACKUP_FAILED] },
      },
    },
    saving: writingStorageFlash(
      TARGET.menuBrowsing,
      [{ type: 'showToast', params: { text: 'Backup completed.' } }],
      TARGET.menuBrowsing,
      'The backup is on the USB stick, but the System Log could not be saved.',
      [],
      'page',
    ),
  },
});

const upgrade = recorderSetup.createStateConfig({
  initial: 'confirm',
  exit: ['clearStorageTask', 'clearFocus'],
  states: {
    // Only an admin gets here (Start Upgrade checks). The stick may have been pulled or swapped while the dialog was
    // open, so OK checks the stick and the file again.
    confirm: confirming('upgradeConfirm', [
      { guard: and([isOk, not('isUpgradePossible')]), target: TARGET.menuBrowsing, actions: 'showUpgradeProblem' },
      {
        guard: isOk,
        target: 'marking',
        actions: [
          { type: 'startStorageTask', params: { kind: 'upgrade' } },
          { type: 'prepareStorageFlash', params: { change: 'upgradeStarted' } },
        ],
      },
    ]),
    marking: writingStorageFlash(
      'running',
      [],
      TARGET.menuBrowsing,
      'The upgrade could not start. Nothing was changed.',
      [],
      'page',
    ),
    running: { on: { TICK: taskTick('saving', 'upgraded') } },
    // Whether or not the new image is durable, the recorder restarts: a failed write leaves the firmware damaged.
    saving: writingStorageFlash(reboot[0], reboot[1], reboot[0], 'The firmware could not be written.', reboot[1]),
  },
});

function restore(kind: 'default' | 'factoryDefault') {
  const done: { target: string; actions: readonly StorageSavedAction[] } =
    kind === 'default'
      ? {
          target: TARGET.menuBrowsing,
          actions: [{ type: 'showToast', params: { text: 'Default settings restored.' } }],
        }
      : { target: reboot[0], actions: reboot[1] };
  return recorderSetup.createStateConfig({
    initial: 'confirm',
    exit: 'clearFocus',
    states: {
      // Only the admin group can open the confirmation (isMenuAction); OK checks again and does nothing otherwise.
      confirm: confirming(kind === 'default' ? 'restoreDefaultConfirm' : 'factoryDefaultConfirm', [
        {
          guard: and([isOk, 'isAdminGroupSession']),
          target: 'saving',
          actions: [{ type: 'prepareStorageFlash', params: { change: kind } }],
        },
      ]),
      saving: writingStorageFlash(
        done.target,
        done.actions,
        'confirm',
        'The defaults could not be restored. Nothing was changed.',
      ),
    },
  });
}

/** The states, spread under the storage marker of menu.ts. */
export const storageMenuStates = {
  format,
  backup,
  upgrade,
  restoreDefault: restore('default'),
  factoryDefault: restore('factoryDefault'),
};
