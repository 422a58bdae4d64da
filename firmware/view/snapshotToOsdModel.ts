/**
 * The projection from a firmware snapshot to the OsdModel: which layers are on screen is derived from the state
 * (snapshot.matches), never stored. Pure: the same snapshot always gives an equal model.
 */
import type { SnapshotFrom, StateValue } from 'xstate';
import type { RecorderMachine } from '../machine/recorderMachine';
import { firstInteractiveLayer, type OsdLayer, type OsdModel } from './osdModel';
import { bootSplashLayer, liveViewLayer } from './screens/liveView';
import { keyboardLayer } from './screens/keyboardLayer';
import { temporaryPasswordPromptDialog } from './screens/systemPages';
import { menuLayer, quickMenuLayer } from './screens/menus';
import { cameraSyncDialog } from './screens/cameraPages';
import {
  defaultPasswordPromptDialog,
  deviceInitDialog,
  infoDialog,
  loginDialog,
  modifyUserDialog,
  shutdownDialog,
} from './screens/dialogs';
import {
  backupDialog,
  formatConfirmDialog,
  hardwareResetScreen,
  recoveryScreen,
  restoreConfirmDialog,
  upgradeConfirmDialog,
} from './screens/storageDialogs';
import { addUserDialog, deleteUserDialog, passwordRecoveryDialog, securityQuestionsDialog } from './screens/users';

export type RecorderSnapshot = SnapshotFrom<RecorderMachine>;

const NO_SIGNAL: Omit<OsdModel, 'resolution'> = { signal: false, layers: [], interactiveFrom: 0 };

type DialogOf = (context: RecorderSnapshot['context'], busy: boolean) => OsdLayer;

/**
 * Dialogs drawn over live view, by state under `ready`. Features register their states here, one line each; the
 * projection function lives in the feature's view/screens file.
 */
const READY_DIALOGS: Readonly<Record<string, DialogOf>> = {
  quickMenu: (context) => quickMenuLayer(context),
  info: (context) => infoDialog(context),
  login: loginDialog,
  defaultPasswordPrompt: (context) => defaultPasswordPromptDialog(context),
  // ---- ready dialogs of users and rights ----
  passwordRecovery: passwordRecoveryDialog,

  // ---- ready dialogs of temporary password, clock and log ----
  temporaryPasswordPrompt: (context) => temporaryPasswordPromptDialog(context),

  // ---- ready dialogs of storage ----

  // ---- ready dialogs of cameras ----
};

/** Dialogs drawn over the menu window, by state under `menu`. */
const MENU_DIALOGS: Readonly<Record<string, DialogOf>> = {
  shutdownDialog: (context) => shutdownDialog(context),
  modifyUser: modifyUserDialog,
  // ---- menu dialogs of users and rights ----
  addUser: addUserDialog,
  deleteUser: deleteUserDialog,

  // ---- menu dialogs of temporary password, clock and log ----

  // ---- menu dialogs of storage, upgrade and defaults ----
  format: formatConfirmDialog,
  backup: backupDialog,
  upgrade: upgradeConfirmDialog,
  restoreDefault: (context, busy) => restoreConfirmDialog(context, 'default', busy),
  factoryDefault: (context, busy) => restoreConfirmDialog(context, 'factoryDefault', busy),

  // ---- menu dialogs of cameras ----
  cameraSync: cameraSyncDialog,
};

/** Whole screens under `on` other than booting and running (e.g. recovery mode), by state. */
const POWER_ON_SCREENS: Readonly<Record<string, (context: RecorderSnapshot['context']) => OsdLayer[]>> = {
  // ---- screens of storage (recovery mode) ----
  recovery: (context) => recoveryScreen(context),
  hardwareReset: (context) => hardwareResetScreen(context),
};

const inState = (snapshot: RecorderSnapshot, value: StateValue) => snapshot.matches(value as never);

/** The layers of the screen for the current state, bottom to top, without the keyboard and toast. */
function screenLayers(snapshot: RecorderSnapshot): OsdLayer[] | null {
  const { context } = snapshot;
  const busy = snapshot.hasTag('busy');
  if (inState(snapshot, { on: 'booting' })) return [bootSplashLayer(context)];
  if (inState(snapshot, { on: { running: 'provisioning' } })) return [bootSplashLayer(context, true)];
  if (inState(snapshot, { on: { running: 'deviceInit' } })) {
    // ---- device initialization pages of users and rights ----
    if (inState(snapshot, { on: { running: { deviceInit: 'questionsPage' } } }))
      return [{ kind: 'backdrop' }, securityQuestionsDialog(context, busy)];
    const page = inState(snapshot, { on: { running: { deviceInit: 'passwordPage' } } }) ? 'password' : 'summary';
    return [{ kind: 'backdrop' }, deviceInitDialog(context, page, busy)];
  }
  for (const [state, screen] of Object.entries(POWER_ON_SCREENS)) {
    if (inState(snapshot, { on: state })) return screen(context);
  }
  if (!inState(snapshot, { on: { running: 'ready' } })) return null;
  if (inState(snapshot, { on: { running: { ready: 'menu' } } })) {
    const menu = menuLayer(context);
    for (const [state, dialog] of Object.entries(MENU_DIALOGS)) {
      if (inState(snapshot, { on: { running: { ready: { menu: state } } } })) return [menu, dialog(context, busy)];
    }
    return [menu];
  }
  for (const [state, dialog] of Object.entries(READY_DIALOGS)) {
    if (inState(snapshot, { on: { running: { ready: state } } }))
      return [liveViewLayer(context), dialog(context, busy)];
  }
  return [liveViewLayer(context)];
}

/** The label of the focused text field, for the keyboard's title. */
function focusedFieldLabel(layers: readonly OsdLayer[], focus: string | null): string {
  for (const layer of layers) {
    if (layer.kind !== 'dialog') continue;
    for (const row of layer.rows) {
      if (row.kind === 'field' && row.control.id === focus) return row.control.label;
    }
  }
  return '';
}

export function snapshotToOsdModel(snapshot: RecorderSnapshot): OsdModel {
  const layers = screenLayers(snapshot);
  const { context } = snapshot;
  const resolution = context.flash.settings.resolution;
  if (!layers) return { ...NO_SIGNAL, resolution };
  const keyboard = keyboardLayer(context, focusedFieldLabel(layers, context.focus));
  if (keyboard) layers.push(keyboard);
  if (context.toast && context.toast.until > context.now) layers.push({ kind: 'toast', text: context.toast.text });
  return { signal: true, layers, interactiveFrom: firstInteractiveLayer(layers), resolution };
}
