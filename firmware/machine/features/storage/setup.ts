/**
 * Guards and actions of recordings, backup, format, upgrade, recovery, defaults and the mainboard reset button
 * (P7, P12, P13). Registered in setup.ts. The rules behind them are in storageLogic.ts.
 */
import { emit } from 'xstate';
import { RESET_HOLD_MIN_MS } from '../../../catalogue/rules';
import type { MenuActionId, MenuPageId } from '../../../domain/menuTree';
import { isTaskDone, type StorageTaskKind } from '../../../domain/storageTask';
import { findUsbFile, firstFirmwareFor, withUsbFile } from '../../../domain/usbStick';
import { menuNodeOf, upgradeFileOf } from '../../../controls/controlIds';
import { guard, update } from '../../kit';
import { displayedMenuItem, isMenuItemUsable, openMenuPage } from '../../logic';
import { backupProblem, newTask, storageFlash, upgradeProblem, type StorageFlashChange } from './storageLogic';
import type { RecorderContext, RecorderEmitted, RecorderEvent } from '../../types';

/** The dialog's message line. */
const message = (context: RecorderContext, text: string | null): Partial<RecorderContext> => ({
  form: { ...context.form, message: text === null ? null : { kind: 'text', text } },
});

/** A notice on the page open now (shown there only). */
const notice = (context: RecorderContext, text: string | null): Partial<RecorderContext> => ({
  pageNotice: text === null ? null : { path: context.menuPath.join('/'), text },
});

export const storageGuards = {
  /** An upgrade was cut off: the image on flash is incomplete (P12). */
  isFirmwareDamaged: guard(({ context }) => context.flash.firmware.upgradeInProgress),
  isStorageTaskDone: guard(({ context, event }) => event.type === 'TICK' && isTaskDone(context.storageTask, event.now)),
  /**
   * A click on a menu action item (Default, Factory Default) on screen that the logged-in user may use: the item is
   * disabled outside the admin group, and a click that arrives anyway opens nothing.
   */
  isMenuAction: guard<{ action: MenuActionId }>(({ context, event }, params) => {
    const nodeId = event.type === 'ACTIVATE' ? menuNodeOf(event.control) : null;
    const node = nodeId === null ? undefined : displayedMenuItem(context, nodeId);
    return node?.kind === 'action' && node.action === params.action && isMenuItemUsable(context, node);
  }),
  /** A click on `control` while the page that shows it is open. */
  isPageButton: guard<{ control: string; page: MenuPageId }>(
    ({ context, event }, params) =>
      event.type === 'ACTIVATE' && event.control === params.control && openMenuPage(context)?.page === params.page,
  ),
  isBackupPossible: guard(({ context }) => backupProblem(context) === null),
  isUpgradePossible: guard(({ context }) => upgradeProblem(context) === null),
  /** A Select button of a file on the stick, on the Upgrade page. */
  isUpgradeFileControl: guard(({ context, event }) => {
    if (event.type !== 'ACTIVATE' || openMenuPage(context)?.page !== 'upgrade') return false;
    return findUsbFile(context.usbStick, upgradeFileOf(event.control)) !== undefined;
  }),
  hasRecoveryImage: guard(({ context }) => firstFirmwareFor(context.usbStick, context.model) !== undefined),
  /** The model has a mainboard reset button and the power is on (it does nothing otherwise). */
  canPressResetButton: guard(({ context }) => context.model.hasResetButton && context.powerSwitchOn),
  isResetButtonHeldLongEnough: guard(
    ({ context }) => context.resetButtonDownAt !== null && context.now - context.resetButtonDownAt >= RESET_HOLD_MIN_MS,
  ),
};

export const storageActions = {
  insertUsbStick: update(({ event }) =>
    event.type === 'USB_INSERT' ? { usbStick: event.stick, upgradeFile: null, pageNotice: null } : {},
  ),
  removeUsbStick: update(() => ({ usbStick: null, upgradeFile: null, pageNotice: null })),
  pressResetButton: update(({ context }) => ({ resetButtonDownAt: context.now })),
  releaseResetButton: update(() => ({ resetButtonDownAt: null })),
  startStorageTask: update<{ kind: StorageTaskKind }>(({ context }, params) => ({
    storageTask: newTask(context, params.kind),
    ...message(context, null),
    pageNotice: null,
  })),
  clearStorageTask: update(() => ({ storageTask: null })),
  selectUpgradeFile: update(({ event }) =>
    event.type === 'ACTIVATE' ? { upgradeFile: upgradeFileOf(event.control), pageNotice: null } : {},
  ),
  clearStorageMessage: update(({ context }) => message(context, null)),
  showPageNotice: update<{ text: string }>(({ context }, params) => notice(context, params.text)),
  showBackupProblem: update(({ context }) => notice(context, backupProblem(context))),
  showUpgradeProblem: update(({ context }) => notice(context, upgradeProblem(context))),
  prepareStorageFlash: update<{ change: StorageFlashChange }>(({ context }, params) => ({
    pendingFlash: storageFlash(context, params.change),
  })),
  /** The backup file is on the stick (the stick is hardware: the host keeps it, see announceUsbStick). */
  storeBackupOnStick: update(({ context }) => {
    const file = context.storageTask?.file;
    return context.usbStick && file ? { usbStick: withUsbFile(context.usbStick, file) } : {};
  }),
  announceUsbStick: emit<RecorderContext, RecorderEvent, undefined, RecorderEvent, RecorderEmitted>(({ context }) => ({
    type: 'usbStickWritten',
    stick: context.usbStick ?? { label: '', capacityMb: 0, files: [] },
  })),
};
