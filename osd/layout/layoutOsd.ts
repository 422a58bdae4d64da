/**
 * The whole screen: lays out every layer of an OsdModel, bottom to top, into drawing chunks and the accessible
 * overlay, for the model's output resolution (1280x720 or 1920x1080: the layout's frame, hit testing and overlay
 * rectangles are all in pixels of that frame). Layers below the topmost dialog or menu are drawn but get no overlay
 * (they are inert), so only what a person can use is exposed, and each name is unique on screen.
 */
import type { OsdLayer, OsdModel } from '../../firmware';
import { screenFor } from '../config';
import type { FontMetrics } from '../font/fontMetrics';
import { contains, type Chunk, type OsdLayout, type OverlayGroup, type Rect } from './displayList';
import { layoutDialog } from './layers/dialog';
import type { LayerLayout } from './layers/layerLayout';
import { layoutMainMenu, layoutMenuWindow, layoutQuickMenu } from './layers/menus';
import { layoutKeyboard, layoutToast } from './layers/popups';
import { layoutLiveView } from './layers/liveView';
import { layoutBackdrop, layoutBootSplash, layoutNoSignal } from './layers/screens';
import type { LayoutEnv } from './widgets';

function layoutLayer(env: LayoutEnv, layer: OsdLayer, below: Rect | null): LayerLayout {
  switch (layer.kind) {
    case 'backdrop':
      return layoutBackdrop(env);
    case 'bootSplash':
      return layoutBootSplash(env, layer);
    case 'liveView':
      return layoutLiveView(env, layer);
    case 'quickMenu':
      return layoutQuickMenu(env, layer);
    case 'mainMenu':
      return layoutMainMenu(env, layer);
    case 'menuWindow':
      return layoutMenuWindow(env, layer);
    case 'dialog':
      return layoutDialog(env, layer);
    case 'keyboard':
      return layoutKeyboard(env, layer, below);
    case 'toast':
      return layoutToast(env, layer);
  }
}

/** Lays out `model`; `hovered` is the control under the pointer (see hitTest), drawn highlighted. */
export function layoutOsd(model: OsdModel, font: FontMetrics, hovered: string | null = null): OsdLayout {
  const screen = screenFor(model.resolution);
  const env: LayoutEnv = { font, hovered, screen };
  const size = { width: screen.width, height: screen.height };
  // Chunk keys name the frame too: the same layer laid out for another resolution draws other pixels.
  const framed = (chunks: readonly Chunk[]): Chunk[] =>
    chunks.map((chunk) => ({ key: `${screen.resolution}/${chunk.key}`, ops: chunk.ops }));
  if (!model.signal) {
    const noSignal = layoutNoSignal(env);
    return { ...size, chunks: framed(noSignal.chunks), overlay: noSignal.group ? [noSignal.group] : [] };
  }
  const chunks: Chunk[] = [];
  const overlay: OverlayGroup[] = [];
  let below: Rect | null = null;
  for (const [index, layer] of model.layers.entries()) {
    const laid = layoutLayer(env, layer, below);
    chunks.push(...framed(laid.chunks));
    if (index >= model.interactiveFrom && laid.group) overlay.push(laid.group);
    if (layer.kind === 'dialog') below = laid.bounds;
  }
  return { ...size, chunks, overlay };
}

/** The enabled control at (x, y) in OSD pixels, topmost first; null over nothing usable. */
export function hitTest(layout: OsdLayout, x: number, y: number): string | null {
  for (let g = layout.overlay.length - 1; g >= 0; g--) {
    const group = layout.overlay[g];
    if (!group) continue;
    for (const item of group.items) {
      if (item.kind === 'control' && item.control.enabled && contains(item.rect, x, y)) return item.control.id;
    }
  }
  return null;
}
