/**
 * The focus order of every screen the remote's arrows walk: the enabled controls of the layer the view draws for it,
 * in reading order. firmware/recorder.ts gives these orders to the machine's MOVE_FOCUS.
 */
import type { FocusScreen } from '../controls/focusScreens';
import type { RecorderContext } from '../machine/types';
import { focusOrderOfLayer, type OsdLayer } from './osdModel';
import { cameraSyncDialog } from './screens/cameraPages';
import {
  defaultPasswordPromptDialog,
  deviceInitDialog,
  infoDialog,
  loginDialog,
  modifyUserDialog,
  shutdownDialog,
} from './screens/dialogs';
import { menuLayer, quickMenuLayer } from './screens/menus';
import {
  formatConfirmDialog,
  recoveryScreen,
  restoreConfirmDialog,
  upgradeConfirmDialog,
} from './screens/storageDialogs';
import { temporaryPasswordPromptDialog } from './screens/systemPages';
import { addUserDialog, deleteUserDialog, passwordRecoveryDialog, securityQuestionsDialog } from './screens/users';

/** The layer whose controls the highlight moves over, by screen (never busy: a busy dialog takes no input). */
const FOCUS_LAYERS: Readonly<Record<FocusScreen, (context: RecorderContext) => OsdLayer>> = {
  quickMenu: quickMenuLayer,
  info: infoDialog,
  login: (context) => loginDialog(context, false),
  defaultPasswordPrompt: defaultPasswordPromptDialog,
  temporaryPasswordPrompt: temporaryPasswordPromptDialog,
  passwordRecovery: (context) => passwordRecoveryDialog(context, false),
  deviceInitPassword: (context) => deviceInitDialog(context, 'password', false),
  deviceInitQuestions: (context) => securityQuestionsDialog(context, false),
  deviceInitSummary: (context) => deviceInitDialog(context, 'summary', false),
  menu: menuLayer,
  shutdown: shutdownDialog,
  modifyUser: (context) => modifyUserDialog(context, false),
  addUser: (context) => addUserDialog(context, false),
  deleteUser: (context) => deleteUserDialog(context),
  cameraSync: (context) => cameraSyncDialog(context, false),
  formatConfirm: (context) => formatConfirmDialog(context, false),
  upgradeConfirm: (context) => upgradeConfirmDialog(context, false),
  restoreDefaultConfirm: (context) => restoreConfirmDialog(context, 'default', false),
  factoryDefaultConfirm: (context) => restoreConfirmDialog(context, 'factoryDefault', false),
  recovery: (context) => recoveryScreen(context)[1],
};

/** The ids of the enabled controls of `screen`, in the order the remote's arrows visit them. */
export const focusOrderOf = (screen: FocusScreen, context: RecorderContext): readonly string[] =>
  focusOrderOfLayer(FOCUS_LAYERS[screen](context));
