/**
 * The projection from a firmware snapshot to the OsdModel: which layers are on screen is derived from the state
 * (snapshot.matches), never stored. Pure: the same snapshot always gives an equal model.
 */
import type { SnapshotFrom } from 'xstate';
import type { RecorderMachine } from '../machine/recorderMachine';
import { firstInteractiveLayer, type OsdLayer, type OsdModel } from './osdModel';
import { bootSplashLayer, liveViewLayer } from './screens/liveView';
import { keyboardLayer } from './screens/keyboardLayer';
import { menuLayer, quickMenuLayer } from './screens/menus';
import {
  defaultPasswordPromptDialog,
  deviceInitDialog,
  infoDialog,
  loginDialog,
  modifyUserDialog,
  shutdownDialog,
} from './screens/dialogs';

export type RecorderSnapshot = SnapshotFrom<RecorderMachine>;

const NO_SIGNAL: OsdModel = { signal: false, layers: [], interactiveFrom: 0 };

/** The layers of the screen for the current state, bottom to top, without the keyboard and toast. */
function screenLayers(snapshot: RecorderSnapshot): OsdLayer[] | null {
  const { context } = snapshot;
  const busy = snapshot.hasTag('busy');
  if (snapshot.matches({ on: 'booting' })) return [bootSplashLayer(context)];
  if (snapshot.matches({ on: { running: 'provisioning' } })) return [bootSplashLayer(context, true)];
  if (snapshot.matches({ on: { running: 'deviceInit' } })) {
    const page = snapshot.matches({ on: { running: { deviceInit: 'passwordPage' } } }) ? 'password' : 'summary';
    return [{ kind: 'backdrop' }, deviceInitDialog(context, page, busy)];
  }
  if (!snapshot.matches({ on: { running: 'ready' } })) return null;
  type ReadyState = 'quickMenu' | 'info' | 'login' | 'defaultPasswordPrompt' | 'menu';
  const ready = (state: ReadyState) => snapshot.matches({ on: { running: { ready: state } } });
  if (ready('quickMenu')) return [liveViewLayer(context), quickMenuLayer(context)];
  if (ready('info')) return [liveViewLayer(context), infoDialog(context)];
  if (ready('login')) return [liveViewLayer(context), loginDialog(context, busy)];
  if (ready('defaultPasswordPrompt')) return [liveViewLayer(context), defaultPasswordPromptDialog(context)];
  if (ready('menu')) {
    const menu = menuLayer(context);
    if (snapshot.matches({ on: { running: { ready: { menu: 'shutdownDialog' } } } })) {
      return [menu, shutdownDialog(context)];
    }
    if (snapshot.matches({ on: { running: { ready: { menu: 'modifyUser' } } } })) {
      return [menu, modifyUserDialog(context, busy)];
    }
    return [menu];
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
  if (!layers) return NO_SIGNAL;
  const { context } = snapshot;
  const keyboard = keyboardLayer(context, focusedFieldLabel(layers, context.focus));
  if (keyboard) layers.push(keyboard);
  if (context.toast && context.toast.until > context.now) layers.push({ kind: 'toast', text: context.toast.text });
  return { signal: true, layers, interactiveFrom: firstInteractiveLayer(layers) };
}
