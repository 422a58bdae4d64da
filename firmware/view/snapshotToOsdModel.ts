/**
 * The projection from a firmware snapshot to the OsdModel: which layers are on screen is derived from the state
 * (snapshot.matches), never stored. Pure: the same snapshot always gives an equal model.
 */
import type { SnapshotFrom } from 'xstate';
import type { RecorderMachine } from '../machine/recorderMachine';
import type { MenuValue, OnValue, ReadyValue, StateNames } from '../machine/stateIds';
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

/** A registry keyed by the chart's own state names: a renamed state fails to compile here. */
type ByState<V, T> = { readonly [S in StateNames<V>]?: T };
const entriesOf = <V, T>(registry: ByState<V, T>) => Object.entries(registry) as [StateNames<V>, T][];

/**
 * Dialogs drawn over live view, by state under `ready`. Features register their states here, one line each; the
 * projection function lives in the feature's view/screens file.
 */
const READY_DIALOGS: ByState<ReadyValue, DialogOf> = {
  quickMenu: (context) => quickMenuLayer(context),
  info: (context) => infoDialog(context),
  login: loginDialog,
  defaultPasswordPrompt: (context) => defaultPasswordPromptDialog(context),
  passwordRecovery: passwordRecoveryDialog,
  temporaryPasswordPrompt: (context) => temporaryPasswordPromptDialog(context),
};

/** Dialogs drawn over the menu window, by state under `menu`. */
const MENU_DIALOGS: ByState<MenuValue, DialogOf> = {
  shutdownDialog: (context) => shutdownDialog(context),
  modifyUser: modifyUserDialog,
  addUser: addUserDialog,
  deleteUser: deleteUserDialog,
  format: formatConfirmDialog,
  backup: backupDialog,
  upgrade: upgradeConfirmDialog,
  restoreDefault: (context, busy) => restoreConfirmDialog(context, 'default', busy),
  factoryDefault: (context, busy) => restoreConfirmDialog(context, 'factoryDefault', busy),
  cameraSync: cameraSyncDialog,
};

/** Whole screens under `on` other than booting and running (e.g. recovery mode), by state. */
const POWER_ON_SCREENS: ByState<OnValue, (context: RecorderSnapshot['context']) => OsdLayer[]> = {
  recovery: (context) => recoveryScreen(context),
  hardwareReset: (context) => hardwareResetScreen(context),
};

/** The layers of the screen for the current state, bottom to top, without the keyboard and toast. */
function screenLayers(snapshot: RecorderSnapshot): OsdLayer[] | null {
  const { context } = snapshot;
  const busy = snapshot.hasTag('busy');
  if (snapshot.matches({ on: 'booting' })) return [bootSplashLayer(context)];
  if (snapshot.matches({ on: { running: 'provisioning' } })) return [bootSplashLayer(context, true)];
  if (snapshot.matches({ on: { running: 'deviceInit' } })) {
    if (snapshot.matches({ on: { running: { deviceInit: 'questionsPage' } } }))
      return [{ kind: 'backdrop' }, securityQuestionsDialog(context, busy)];
    const page = snapshot.matches({ on: { running: { deviceInit: 'passwordPage' } } }) ? 'password' : 'summary';
    return [{ kind: 'backdrop' }, deviceInitDialog(context, page, busy)];
  }
  for (const [state, screen] of entriesOf(POWER_ON_SCREENS)) {
    if (snapshot.matches({ on: state })) return screen(context);
  }
  if (!snapshot.matches({ on: { running: 'ready' } })) return null;
  if (snapshot.matches({ on: { running: { ready: 'menu' } } })) {
    const menu = menuLayer(context);
    for (const [state, dialog] of entriesOf(MENU_DIALOGS)) {
      if (snapshot.matches({ on: { running: { ready: { menu: state } } } })) return [menu, dialog(context, busy)];
    }
    return [menu];
  }
  for (const [state, dialog] of entriesOf(READY_DIALOGS)) {
    if (snapshot.matches({ on: { running: { ready: state } } })) return [liveViewLayer(context), dialog(context, busy)];
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
