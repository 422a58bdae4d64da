/**
 * Dialogs: a centred window with a title bar, rows (fields, read-only values, wrapped text, a QR code), an alert
 * line and a row of buttons at the bottom right. Widths per dialog are *invented*; dialogs are at most
 * DIALOG_MAX_WIDTH wide so the on-screen keyboard fits beside them. Sizes are 1280x720 pixels, scaled by px().
 */
import type { OsdDialog, OsdDialogId, OsdDialogRow } from '../../../firmware';
import { PALETTE } from '../../config';
import { measureText } from '../../font/fontMetrics';
import { rect, type DrawOp, type OverlayItem, type Rect } from '../displayList';
import { qrRows } from '../qr';
import { wrapText } from '../text';
import { buttonRow, progressBar } from '../kit';
import { checkbox, fill, panel, px, textbox, textLeft, TITLE_BAR_HEIGHT, type LayoutEnv } from '../widgets';
import { chunk, type LayerLayout } from './layerLayout';

export const DIALOG_MAX_WIDTH = 600;

/** Width of a dialog the table below does not name. *invented* */
const DEFAULT_DIALOG_WIDTH = 560;

const DIALOG_WIDTHS: Readonly<Partial<Record<OsdDialogId, number>>> = {
  deviceInit: 560,
  login: 460,
  modifyUser: 560,
  shutdown: 560,
  info: 600,
  defaultPasswordPrompt: 520,
};

const PADDING = 24;
const LABEL_WIDTH = 170;
const FIELD_ROW = 40;
const FIELD_HEIGHT = 28;
const VALUE_ROW = 28;
const QR_SCALE = 3;
const QR_MARGIN = 6;
const ALERT_ROW = 28;
const BUTTON_HEIGHT = 32;
const BUTTON_MIN_WIDTH = 96;
const BUTTON_GAP = 12;
const PROGRESS_HEIGHT = 16;

const textLineHeight = (env: LayoutEnv) => env.font.lineHeight + px(env, 4);
/** QR modules are whole pixels: 3 at 1280x720, 5 (4.5 rounded) at 1920x1080. */
const qrScale = (env: LayoutEnv) => Math.round(QR_SCALE * env.screen.unit);

/** The height a dialog or page row takes in `contentWidth`. */
export function rowHeight(env: LayoutEnv, row: OsdDialogRow, contentWidth: number): number {
  switch (row.kind) {
    case 'field':
      return px(env, FIELD_ROW);
    case 'value':
      return px(env, VALUE_ROW);
    case 'text':
      return wrapText(env.font, row.text, contentWidth).length * textLineHeight(env) + px(env, 6);
    case 'qr':
      return qrRows(row.value.value).length * qrScale(env) + 2 * px(env, QR_MARGIN) + px(env, 8);
    case 'progress':
      return px(env, VALUE_ROW + 8);
  }
}

/** Draws one dialog or page row in `area` (label column on the left, control or value on the right). */
export function layoutRow(env: LayoutEnv, row: OsdDialogRow, area: Rect): { ops: DrawOp[]; items: OverlayItem[] } {
  const labelWidth = px(env, LABEL_WIDTH);
  const label = rect(area.x, area.y, labelWidth, area.h);
  const control = rect(area.x + labelWidth, area.y, area.w - labelWidth, area.h);
  switch (row.kind) {
    case 'field': {
      const fieldHeight = px(env, FIELD_HEIGHT);
      const field = rect(control.x, area.y + Math.floor((area.h - fieldHeight) / 2), control.w, fieldHeight);
      if (row.control.role === 'checkbox') {
        const box = rect(area.x, field.y, area.w, fieldHeight);
        return { ops: checkbox(env, row.control, box), items: [{ kind: 'control', control: row.control, rect: box }] };
      }
      const color = row.control.enabled ? PALETTE.text : PALETTE.disabledText;
      return {
        ops: [textLeft(env, label, row.control.label, color), ...textbox(env, row.control, field)],
        items: [{ kind: 'control', control: row.control, rect: field }],
      };
    }
    case 'value': {
      const value = rect(control.x, area.y, Math.min(control.w, measureText(env.font, row.value.value) + 2), area.h);
      return {
        ops: [
          textLeft(env, label, row.value.label, PALETTE.dimText),
          textLeft(env, control, row.value.value, PALETTE.text),
        ],
        items: [{ kind: 'value', label: row.value.label, value: row.value.value, rect: value }],
      };
    }
    case 'text': {
      const lines = wrapText(env.font, row.text, area.w);
      const lineHeight = textLineHeight(env);
      const top = area.y + px(env, 3);
      return {
        ops: lines.map((line, index) =>
          textLeft(env, rect(area.x, top + index * lineHeight, area.w, lineHeight), line, PALETTE.dimText),
        ),
        items: [{ kind: 'text', text: row.text, rect: area }],
      };
    }
    case 'qr': {
      const rows = qrRows(row.value.value);
      const margin = px(env, QR_MARGIN);
      const scale = qrScale(env);
      const size = rows.length * scale + 2 * margin;
      const quiet = rect(control.x, area.y + px(env, 4), size, size);
      return {
        ops: [
          textLeft(env, rect(area.x, area.y, labelWidth, px(env, VALUE_ROW)), 'QR Code', PALETTE.dimText),
          fill(quiet, PALETTE.white),
          { op: 'pixels', x: quiet.x + margin, y: quiet.y + margin, rows, color: PALETTE.black, scale },
        ],
        items: [{ kind: 'image', label: row.value.label, rect: quiet }],
      };
    }
    case 'progress': {
      const percent = Math.max(0, Math.min(100, Math.floor(row.percent)));
      const barHeight = px(env, PROGRESS_HEIGHT);
      const track = rect(control.x, area.y + Math.floor((area.h - barHeight) / 2), control.w - px(env, 60), barHeight);
      const value = `${percent}%`;
      return {
        ops: [
          textLeft(env, label, row.label, PALETTE.dimText),
          ...progressBar(track, percent),
          textLeft(env, rect(track.x + track.w + px(env, 10), area.y, px(env, 50), area.h), value, PALETTE.text),
        ],
        items: [{ kind: 'value', label: row.label, value, rect: track }],
      };
    }
  }
}

export function layoutDialog(env: LayoutEnv, dialog: OsdDialog): LayerLayout {
  const width = px(env, Math.min(DIALOG_WIDTHS[dialog.id] ?? DEFAULT_DIALOG_WIDTH, DIALOG_MAX_WIDTH));
  const padding = px(env, PADDING);
  const buttonHeight = px(env, BUTTON_HEIGHT);
  const contentWidth = width - 2 * padding;
  const heights = dialog.rows.map((row) => rowHeight(env, row, contentWidth));
  const rowsHeight = heights.reduce((sum, h) => sum + h, 0);
  const height = px(env, TITLE_BAR_HEIGHT) + 2 + padding + rowsHeight + px(env, ALERT_ROW) + buttonHeight + padding;
  const { width: screenWidth, height: screenHeight } = env.screen;
  const bounds = rect(Math.floor((screenWidth - width) / 2), Math.floor((screenHeight - height) / 2), width, height);
  const { ops, body } = panel(env, bounds, dialog.title);
  const items: OverlayItem[] = [];
  let y = body.y + padding;
  dialog.rows.forEach((row, index) => {
    const h = heights[index] ?? 0;
    const laid = layoutRow(env, row, rect(body.x + padding - 1, y, contentWidth, h));
    ops.push(...laid.ops);
    items.push(...laid.items);
    y += h;
  });
  const alertArea = rect(body.x + padding - 1, y, contentWidth, px(env, ALERT_ROW));
  if (dialog.alert) {
    ops.push(textLeft(env, alertArea, dialog.alert, PALETTE.alert));
    items.push({ kind: 'alert', text: dialog.alert, rect: alertArea });
  } else if (dialog.busy) {
    ops.push(textLeft(env, alertArea, 'Please wait...', PALETTE.dimText));
    items.push({ kind: 'status', text: 'Please wait...', rect: alertArea });
  }
  const buttons = buttonRow(
    env,
    dialog.buttons,
    bounds.x + bounds.w - padding,
    bounds.y + bounds.h - padding - buttonHeight,
    buttonHeight,
    px(env, BUTTON_MIN_WIDTH),
    px(env, BUTTON_GAP),
    (label) => measureText(env.font, label),
  );
  ops.push(...buttons.ops);
  items.push(...buttons.items);
  const hovered = items.some((item) => item.kind === 'control' && item.control.id === env.hovered) ? env.hovered : null;
  return {
    chunks: [chunk('dialog', [dialog, hovered], ops)],
    group: {
      role: 'dialog',
      label: dialog.title,
      rect: bounds,
      items,
      ...(dialog.busy ? { busy: true as const } : {}),
    },
    bounds,
  };
}
