/**
 * Dialogs: a centred window with a title bar, rows (fields, read-only values, wrapped text, a QR code), an alert
 * line and a row of buttons at the bottom right. Widths per dialog are *invented*; dialogs are at most
 * DIALOG_MAX_WIDTH wide so the on-screen keyboard fits beside them.
 */
import type { OsdDialog, OsdDialogId, OsdDialogRow } from '../../../firmware';
import { OSD_HEIGHT, OSD_WIDTH, PALETTE } from '../../config';
import { measureText } from '../../font/fontMetrics';
import { rect, type DrawOp, type OverlayItem, type Rect } from '../displayList';
import { qrRows } from '../qr';
import { wrapText } from '../text';
import {
  button,
  checkbox,
  fill,
  outline,
  panel,
  textbox,
  textLeft,
  TITLE_BAR_HEIGHT,
  type LayoutEnv,
} from '../widgets';
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

/** The height a dialog or page row takes in `contentWidth`. */
export function rowHeight(env: LayoutEnv, row: OsdDialogRow, contentWidth: number): number {
  switch (row.kind) {
    case 'field':
      return FIELD_ROW;
    case 'value':
      return VALUE_ROW;
    case 'text':
      return wrapText(env.font, row.text, contentWidth).length * (env.font.lineHeight + 4) + 6;
    case 'qr':
      return qrRows(row.value.value).length * QR_SCALE + 2 * QR_MARGIN + 8;
    case 'progress':
      return VALUE_ROW + 8;
  }
}

/** Draws one dialog or page row in `area` (label column on the left, control or value on the right). */
export function layoutRow(env: LayoutEnv, row: OsdDialogRow, area: Rect): { ops: DrawOp[]; items: OverlayItem[] } {
  const label = rect(area.x, area.y, LABEL_WIDTH, area.h);
  const control = rect(area.x + LABEL_WIDTH, area.y, area.w - LABEL_WIDTH, area.h);
  switch (row.kind) {
    case 'field': {
      const field = rect(control.x, area.y + Math.floor((area.h - FIELD_HEIGHT) / 2), control.w, FIELD_HEIGHT);
      if (row.control.role === 'checkbox') {
        const box = rect(area.x, field.y, area.w, FIELD_HEIGHT);
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
      return {
        ops: lines.map((line, index) =>
          textLeft(
            env,
            rect(area.x, area.y + 3 + index * (env.font.lineHeight + 4), area.w, env.font.lineHeight + 4),
            line,
            PALETTE.dimText,
          ),
        ),
        items: [],
      };
    }
    case 'qr': {
      const rows = qrRows(row.value.value);
      const size = rows.length * QR_SCALE + 2 * QR_MARGIN;
      const quiet = rect(control.x, area.y + 4, size, size);
      return {
        ops: [
          textLeft(env, rect(area.x, area.y, LABEL_WIDTH, VALUE_ROW), 'QR Code', PALETTE.dimText),
          fill(quiet, PALETTE.white),
          { op: 'pixels', x: quiet.x + QR_MARGIN, y: quiet.y + QR_MARGIN, rows, color: PALETTE.black, scale: QR_SCALE },
        ],
        items: [{ kind: 'image', label: row.value.label, rect: quiet }],
      };
    }
    case 'progress': {
      const percent = Math.max(0, Math.min(100, Math.floor(row.percent)));
      const track = rect(
        control.x,
        area.y + Math.floor((area.h - PROGRESS_HEIGHT) / 2),
        control.w - 60,
        PROGRESS_HEIGHT,
      );
      const done = rect(track.x, track.y, Math.floor((track.w * percent) / 100), track.h);
      const value = `${percent}%`;
      return {
        ops: [
          textLeft(env, label, row.label, PALETTE.dimText),
          fill(track, PALETTE.backdrop),
          ...outline(track, PALETTE.panelBorder),
          fill(done, PALETTE.accent),
          textLeft(env, rect(track.x + track.w + 10, area.y, 50, area.h), value, PALETTE.text),
        ],
        items: [{ kind: 'value', label: row.label, value, rect: track }],
      };
    }
  }
}

export function layoutDialog(env: LayoutEnv, dialog: OsdDialog): LayerLayout {
  const width = Math.min(DIALOG_WIDTHS[dialog.id] ?? DEFAULT_DIALOG_WIDTH, DIALOG_MAX_WIDTH);
  const contentWidth = width - 2 * PADDING;
  const heights = dialog.rows.map((row) => rowHeight(env, row, contentWidth));
  const rowsHeight = heights.reduce((sum, h) => sum + h, 0);
  const height = TITLE_BAR_HEIGHT + 2 + PADDING + rowsHeight + ALERT_ROW + BUTTON_HEIGHT + PADDING;
  const bounds = rect(Math.floor((OSD_WIDTH - width) / 2), Math.floor((OSD_HEIGHT - height) / 2), width, height);
  const { ops, body } = panel(env, bounds, dialog.title);
  const items: OverlayItem[] = [];
  let y = body.y + PADDING;
  dialog.rows.forEach((row, index) => {
    const h = heights[index] ?? 0;
    const laid = layoutRow(env, row, rect(body.x + PADDING - 1, y, contentWidth, h));
    ops.push(...laid.ops);
    items.push(...laid.items);
    y += h;
  });
  const alertArea = rect(body.x + PADDING - 1, y, contentWidth, ALERT_ROW);
  if (dialog.alert) {
    ops.push(textLeft(env, alertArea, dialog.alert, PALETTE.alert));
    items.push({ kind: 'alert', text: dialog.alert, rect: alertArea });
  } else if (dialog.busy) {
    ops.push(textLeft(env, alertArea, 'Please wait...', PALETTE.dimText));
    items.push({ kind: 'status', text: 'Please wait...', rect: alertArea });
  }
  let x = bounds.x + bounds.w - PADDING;
  const buttonY = bounds.y + bounds.h - PADDING - BUTTON_HEIGHT;
  const buttonItems: OverlayItem[] = [];
  for (const control of [...dialog.buttons].reverse()) {
    const w = Math.max(BUTTON_MIN_WIDTH, measureText(env.font, control.label) + 32);
    x -= w;
    const r = rect(x, buttonY, w, BUTTON_HEIGHT);
    ops.push(...button(env, control, r));
    buttonItems.unshift({ kind: 'control', control, rect: r });
    x -= BUTTON_GAP;
  }
  items.push(...buttonItems);
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
