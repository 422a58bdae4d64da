/**
 * The on-screen keyboard and the toast. The keyboard sits in the right-hand gutter beside the dialog (dialogs are
 * at most DIALOG_MAX_WIDTH wide), so it never covers the dialog's fields or buttons.
 */
import type { OsdLayer } from '../../../firmware';
import { OSD_HEIGHT, OSD_WIDTH, PALETTE } from '../../config';
import { measureText } from '../../font/fontMetrics';
import { rect, type OverlayItem, type Rect } from '../displayList';
import { button, fill, panel, textCentered, type LayoutEnv } from '../widgets';
import { chunk, type LayerLayout } from './layerLayout';

const KEY = { w: 26, h: 28, gap: 4 } as const;
const KEYS_PER_ROW = 10;
const KEYBOARD_PADDING = 8;
const KEYBOARD_TITLE = 28;
const ROW_WIDTH = KEYS_PER_ROW * KEY.w + (KEYS_PER_ROW - 1) * KEY.gap;
export const KEYBOARD_WIDTH = ROW_WIDTH + 2 * KEYBOARD_PADDING + 2;
const SCREEN_MARGIN = 16;

/** Function keys in two rows: Shift and Backspace, then the page key, Space and Enter. */
const FUNCTION_ROWS = [2, 3] as const;

export function layoutKeyboard(
  env: LayoutEnv,
  layer: Extract<OsdLayer, { kind: 'keyboard' }>,
  beside: Rect | null,
): LayerLayout {
  const rowCount = layer.rows.length + FUNCTION_ROWS.length;
  const height = KEYBOARD_TITLE + 2 + KEYBOARD_PADDING * 2 + rowCount * KEY.h + (rowCount - 1) * KEY.gap;
  const x = OSD_WIDTH - SCREEN_MARGIN - KEYBOARD_WIDTH;
  const preferredY = beside ? beside.y : SCREEN_MARGIN;
  const y = Math.max(SCREEN_MARGIN, Math.min(preferredY, OSD_HEIGHT - SCREEN_MARGIN - height));
  const bounds = rect(x, y, KEYBOARD_WIDTH, height);
  const title = layer.target ? `Keyboard - ${layer.target}` : 'Keyboard';
  const { ops, body } = panel(env, bounds, null);
  const titleBar = rect(body.x, body.y, body.w, KEYBOARD_TITLE);
  ops.push(fill(titleBar, PALETTE.titleBar), textCentered(env, titleBar, title, PALETTE.titleText));
  const items: OverlayItem[] = [];
  const left = body.x + KEYBOARD_PADDING;
  let rowY = titleBar.y + titleBar.h + KEYBOARD_PADDING;
  for (const row of layer.rows) {
    const width = row.length * KEY.w + (row.length - 1) * KEY.gap;
    let keyX = left + Math.floor((ROW_WIDTH - width) / 2);
    for (const key of row) {
      const r = rect(keyX, rowY, KEY.w, KEY.h);
      ops.push(...button(env, key, r));
      items.push({ kind: 'control', control: key, rect: r });
      keyX += KEY.w + KEY.gap;
    }
    rowY += KEY.h + KEY.gap;
  }
  let next = 0;
  for (const count of FUNCTION_ROWS) {
    const keys = layer.functionKeys.slice(next, next + count);
    next += count;
    const keyWidth = Math.floor((ROW_WIDTH - (keys.length - 1) * KEY.gap) / keys.length);
    keys.forEach((key, index) => {
      const r = rect(left + index * (keyWidth + KEY.gap), rowY, keyWidth, KEY.h);
      ops.push(...button(env, key, r));
      items.push({ kind: 'control', control: key, rect: r });
    });
    rowY += KEY.h + KEY.gap;
  }
  const hovered = items.some((item) => item.kind === 'control' && item.control.id === env.hovered) ? env.hovered : null;
  return {
    chunks: [chunk('keyboard', [layer, hovered, bounds], ops)],
    group: { role: 'region', label: 'On-screen keyboard', rect: bounds, items },
    bounds,
  };
}

export function layoutToast(env: LayoutEnv, layer: Extract<OsdLayer, { kind: 'toast' }>): LayerLayout {
  const width = measureText(env.font, layer.text) + 48;
  const bounds = rect(Math.floor((OSD_WIDTH - width) / 2), OSD_HEIGHT - 80, width, 36);
  return {
    chunks: [
      chunk('toast', layer, [fill(bounds, PALETTE.toast), textCentered(env, bounds, layer.text, PALETTE.white)]),
    ],
    group: { role: 'none', label: null, rect: bounds, items: [{ kind: 'status', text: layer.text, rect: bounds }] },
    bounds,
  };
}
