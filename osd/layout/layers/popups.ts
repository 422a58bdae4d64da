/**
 * The on-screen keyboard and the toast. The keyboard sits in the right-hand gutter beside the dialog (dialogs are
 * at most DIALOG_MAX_WIDTH wide), so it never covers the dialog's fields or buttons.
 */
import type { OsdLayer } from '../../../firmware';
import { PALETTE } from '../../config';
import { measureText } from '../../font/fontMetrics';
import { rect, type OverlayItem, type Rect } from '../displayList';
import { button, fill, panel, px, textCentered, type LayoutEnv } from '../widgets';
import { chunk, type LayerLayout } from './layerLayout';

const KEY = { w: 26, h: 28, gap: 4 } as const;
const KEYS_PER_ROW = 10;
const KEYBOARD_PADDING = 8;
const KEYBOARD_TITLE = 28;
const SCREEN_MARGIN = 16;

/** The keyboard's sizes in pixels of the current frame. */
function keyboardMetrics(env: LayoutEnv) {
  const key = { w: px(env, KEY.w), h: px(env, KEY.h), gap: px(env, KEY.gap) };
  const rowWidth = KEYS_PER_ROW * key.w + (KEYS_PER_ROW - 1) * key.gap;
  const padding = px(env, KEYBOARD_PADDING);
  return { key, rowWidth, padding, width: rowWidth + 2 * padding + 2, title: px(env, KEYBOARD_TITLE) };
}

/** Function keys in two rows: Shift and Backspace, then the page key, Space and Enter. */
const FUNCTION_ROWS = [2, 3] as const;

export function layoutKeyboard(
  env: LayoutEnv,
  layer: Extract<OsdLayer, { kind: 'keyboard' }>,
  beside: Rect | null,
): LayerLayout {
  const { key: size, rowWidth, padding, width, title: titleHeight } = keyboardMetrics(env);
  const margin = px(env, SCREEN_MARGIN);
  const rowCount = layer.rows.length + FUNCTION_ROWS.length;
  const height = titleHeight + 2 + padding * 2 + rowCount * size.h + (rowCount - 1) * size.gap;
  const x = env.screen.width - margin - width;
  const preferredY = beside ? beside.y : margin;
  const y = Math.max(margin, Math.min(preferredY, env.screen.height - margin - height));
  const bounds = rect(x, y, width, height);
  const title = layer.target ? `Keyboard - ${layer.target}` : 'Keyboard';
  const { ops, body } = panel(env, bounds, null);
  const titleBar = rect(body.x, body.y, body.w, titleHeight);
  ops.push(fill(titleBar, PALETTE.titleBar), textCentered(env, titleBar, title, PALETTE.titleText));
  const items: OverlayItem[] = [];
  const left = body.x + padding;
  let rowY = titleBar.y + titleBar.h + padding;
  for (const row of layer.rows) {
    const rowOfKeys = row.length * size.w + (row.length - 1) * size.gap;
    let keyX = left + Math.floor((rowWidth - rowOfKeys) / 2);
    for (const key of row) {
      const r = rect(keyX, rowY, size.w, size.h);
      ops.push(...button(env, key, r));
      items.push({ kind: 'control', control: key, rect: r });
      keyX += size.w + size.gap;
    }
    rowY += size.h + size.gap;
  }
  let next = 0;
  for (const count of FUNCTION_ROWS) {
    const keys = layer.functionKeys.slice(next, next + count);
    next += count;
    const keyWidth = Math.floor((rowWidth - (keys.length - 1) * size.gap) / keys.length);
    keys.forEach((key, index) => {
      const r = rect(left + index * (keyWidth + size.gap), rowY, keyWidth, size.h);
      ops.push(...button(env, key, r));
      items.push({ kind: 'control', control: key, rect: r });
    });
    rowY += size.h + size.gap;
  }
  const hovered = items.some((item) => item.kind === 'control' && item.control.id === env.hovered) ? env.hovered : null;
  return {
    chunks: [chunk('keyboard', [layer, hovered, bounds], ops)],
    group: { role: 'region', label: 'On-screen keyboard', rect: bounds, items },
    bounds,
  };
}

export function layoutToast(env: LayoutEnv, layer: Extract<OsdLayer, { kind: 'toast' }>): LayerLayout {
  const width = measureText(env.font, layer.text) + px(env, 48);
  const bounds = rect(Math.floor((env.screen.width - width) / 2), env.screen.height - px(env, 80), width, px(env, 36));
  return {
    chunks: [
      chunk('toast', layer, [fill(bounds, PALETTE.toast), textCentered(env, bounds, layer.text, PALETTE.white)]),
    ],
    group: { role: 'none', label: null, rect: bounds, items: [{ kind: 'status', text: layer.text, rect: bounds }] },
    bounds,
  };
}
