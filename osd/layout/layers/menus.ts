/**
 * The Quick Menu popup, the Main Menu tiles, and the menu window (breadcrumb title, item list, open page).
 */
import type { OsdControl, OsdLayer, OsdMenuPage, OsdTable } from '../../../firmware';
import { measureText } from '../../font/fontMetrics';
import { layoutRow, rowHeight } from './dialog';
import { OSD_HEIGHT, OSD_WIDTH, PALETTE } from '../../config';
import { rect, type DrawOp, type OverlayItem, type Rect } from '../displayList';
import { ICON_SIZE } from '../icons';
import {
  button,
  fill,
  focusRing,
  icon,
  iconButton,
  labelColor,
  outline,
  textCentered,
  textLeft,
  type LayoutEnv,
} from '../widgets';
import { chunk, type LayerLayout } from './layerLayout';

const hoveredIn = (env: LayoutEnv, controls: readonly OsdControl[]) =>
  controls.some((c) => c.id === env.hovered) ? env.hovered : null;

const QUICK_MENU_WIDTH = 200;
const QUICK_MENU_ITEM_HEIGHT = 30;

/** A menu row: highlighted when hovered or selected, greyed when disabled. */
function menuRow(env: LayoutEnv, control: OsdControl, r: Rect, withIcon: boolean): DrawOp[] {
  const ops: DrawOp[] = [];
  if (control.enabled && (control.selected || env.hovered === control.id)) {
    ops.push(fill(r, control.selected ? PALETTE.accent : PALETTE.hover));
  }
  let textX = r.x + 12;
  if (withIcon && control.icon) {
    ops.push(icon(control.icon, r.x + 12, r.y + Math.floor((r.h - ICON_SIZE) / 2), labelColor(control)));
    textX += ICON_SIZE + 10;
  }
  ops.push(textLeft(env, rect(textX, r.y, r.x + r.w - textX, r.h), control.label, labelColor(control), 0));
  if (control.focused) ops.push(...focusRing(rect(r.x + 2, r.y + 2, r.w - 4, r.h - 4)));
  return ops;
}

export function layoutQuickMenu(env: LayoutEnv, layer: Extract<OsdLayer, { kind: 'quickMenu' }>): LayerLayout {
  const height = layer.items.length * QUICK_MENU_ITEM_HEIGHT + 8;
  const x = Math.max(0, Math.min(layer.origin.x, OSD_WIDTH - QUICK_MENU_WIDTH));
  const y = Math.max(0, Math.min(layer.origin.y, OSD_HEIGHT - height));
  const bounds = rect(x, y, QUICK_MENU_WIDTH, height);
  const ops: DrawOp[] = [fill(bounds, PALETTE.panel), ...outline(bounds, PALETTE.panelBorder)];
  const items: OverlayItem[] = layer.items.map((control, index) => {
    const row = rect(x + 1, y + 4 + index * QUICK_MENU_ITEM_HEIGHT, QUICK_MENU_WIDTH - 2, QUICK_MENU_ITEM_HEIGHT);
    ops.push(...menuRow(env, control, row, false));
    return { kind: 'control', control, rect: row };
  });
  return {
    chunks: [chunk('quickMenu', [layer, hoveredIn(env, layer.items)], ops)],
    group: { role: 'menu', label: 'Quick Menu', rect: bounds, items },
    bounds,
  };
}

const SCREEN = rect(0, 0, OSD_WIDTH, OSD_HEIGHT);
const HEADER_HEIGHT = 48;
const TILE = { w: 200, h: 150, gap: 24, columns: 4 } as const;

export function layoutMainMenu(env: LayoutEnv, layer: Extract<OsdLayer, { kind: 'mainMenu' }>): LayerLayout {
  const header = rect(0, 0, OSD_WIDTH, HEADER_HEIGHT);
  const ops: DrawOp[] = [fill(SCREEN, PALETTE.screen), fill(header, PALETTE.titleBar)];
  ops.push(textLeft(env, header, layer.title, PALETTE.titleText, 24, 2));
  const columns = Math.min(TILE.columns, layer.items.length);
  const rows = Math.ceil(layer.items.length / TILE.columns);
  const gridWidth = columns * TILE.w + (columns - 1) * TILE.gap;
  const gridHeight = rows * TILE.h + (rows - 1) * TILE.gap;
  const left = Math.floor((OSD_WIDTH - gridWidth) / 2);
  const top = HEADER_HEIGHT + Math.floor((OSD_HEIGHT - HEADER_HEIGHT - gridHeight) / 2);
  const items: OverlayItem[] = layer.items.map((control, index) => {
    const tile = rect(
      left + (index % TILE.columns) * (TILE.w + TILE.gap),
      top + Math.floor(index / TILE.columns) * (TILE.h + TILE.gap),
      TILE.w,
      TILE.h,
    );
    const hovered = control.enabled && env.hovered === control.id;
    ops.push(fill(tile, hovered ? PALETTE.hover : PALETTE.panel), ...outline(tile, PALETTE.panelBorder));
    if (control.icon) {
      ops.push(
        icon(control.icon, tile.x + Math.floor((tile.w - ICON_SIZE * 3) / 2), tile.y + 24, labelColor(control), 3),
      );
    }
    ops.push(textCentered(env, rect(tile.x, tile.y + 92, tile.w, 40), control.label, labelColor(control)));
    if (control.focused) ops.push(...focusRing(tile));
    return { kind: 'control', control, rect: tile };
  });
  return {
    chunks: [chunk('mainMenu', [layer, hoveredIn(env, layer.items)], ops)],
    group: { role: 'region', label: layer.title, rect: SCREEN, items },
    bounds: SCREEN,
  };
}

const SIDEBAR_WIDTH = 260;
const SIDEBAR_ITEM_HEIGHT = 40;
const TABLE_ROW_HEIGHT = 36;
const PAGE_WIDTH = OSD_WIDTH - SIDEBAR_WIDTH - 64;
const PAGE_BUTTON_HEIGHT = 32;
const PAGE_BUTTON_GAP = 12;
const ICON_BUTTON = 28;

interface Laid {
  readonly ops: DrawOp[];
  readonly items: OverlayItem[];
  readonly bottom: number;
}

/** The page's table from `top`: a header row, then one row per entry with its controls as icon buttons. */
function layoutTable(env: LayoutEnv, table: OsdTable, left: number, top: number): Laid {
  const ops: DrawOp[] = [];
  const items: OverlayItem[] = [];
  const tableWidth = table.columns.reduce((sum, column) => sum + column.width, 0);
  const header = rect(left, top, tableWidth, TABLE_ROW_HEIGHT);
  ops.push(fill(header, PALETTE.panel), ...outline(header, PALETTE.panelBorder));
  let x = header.x;
  for (const column of table.columns) {
    ops.push(textLeft(env, rect(x, header.y, column.width, header.h), column.title, PALETTE.dimText, 12));
    x += column.width;
  }
  table.rows.forEach((row, index) => {
    const y = header.y + TABLE_ROW_HEIGHT * (index + 1);
    ops.push(
      fill(rect(header.x, y, tableWidth, TABLE_ROW_HEIGHT), index % 2 === 0 ? PALETTE.screen : PALETTE.backdrop),
    );
    let cellX = header.x;
    row.cells.forEach((cell, column) => {
      const width = table.columns[column]?.width ?? 0;
      const cellBox = rect(cellX, y, width, TABLE_ROW_HEIGHT);
      ops.push(textLeft(env, cellBox, cell, PALETTE.text, 12));
      const { title, readable } = table.columns[column] ?? {};
      if (readable)
        items.push({ kind: 'value', label: `${row.cells[0] ?? ''} ${title ?? ''}`, value: cell, rect: cellBox });
      cellX += width;
    });
    row.controls.forEach((control, position) => {
      const r = rect(cellX + 12 + position * (ICON_BUTTON + 8), y + 4, ICON_BUTTON, ICON_BUTTON);
      ops.push(...iconButton(env, control, r));
      items.push({ kind: 'control', control, rect: r });
    });
  });
  return { ops, items, bottom: header.y + TABLE_ROW_HEIGHT * (table.rows.length + 1) };
}

/** A page: form rows, the table, the alert line, then its buttons in a row. */
function layoutPage(
  env: LayoutEnv,
  page: OsdMenuPage,
  left: number,
  top: number,
): { ops: DrawOp[]; items: OverlayItem[] } {
  const ops: DrawOp[] = [];
  const items: OverlayItem[] = [];
  let y = top;
  for (const row of page.rows) {
    const h = rowHeight(env, row, PAGE_WIDTH);
    const laid = layoutRow(env, row, rect(left, y, PAGE_WIDTH, h));
    ops.push(...laid.ops);
    items.push(...laid.items);
    y += h;
  }
  if (page.table) {
    const laid = layoutTable(env, page.table, left, y + (page.rows.length > 0 ? 12 : 0));
    ops.push(...laid.ops);
    items.push(...laid.items);
    y = laid.bottom;
  }
  if (page.alert) {
    const alertArea = rect(left, y + 8, PAGE_WIDTH, 28);
    ops.push(textLeft(env, alertArea, page.alert, PALETTE.alert));
    items.push({ kind: 'alert', text: page.alert, rect: alertArea });
    y += 36;
  }
  let x = left;
  for (const control of page.buttons) {
    const w = Math.max(120, measureText(env.font, control.label) + 32);
    const r = rect(x, y + 16, w, PAGE_BUTTON_HEIGHT);
    ops.push(...button(env, control, r));
    items.push({ kind: 'control', control, rect: r });
    x += w + PAGE_BUTTON_GAP;
  }
  return { ops, items };
}

export function layoutMenuWindow(env: LayoutEnv, layer: Extract<OsdLayer, { kind: 'menuWindow' }>): LayerLayout {
  const header = rect(0, 0, OSD_WIDTH, HEADER_HEIGHT);
  const title = layer.breadcrumb.join(' > ');
  const ops: DrawOp[] = [fill(SCREEN, PALETTE.screen), fill(header, PALETTE.titleBar)];
  ops.push(textLeft(env, header, title, PALETTE.titleText, 24, 2));
  const sidebar = rect(0, HEADER_HEIGHT, SIDEBAR_WIDTH, OSD_HEIGHT - HEADER_HEIGHT);
  ops.push(fill(sidebar, PALETTE.panel), fill(rect(SIDEBAR_WIDTH, HEADER_HEIGHT, 1, sidebar.h), PALETTE.panelBorder));
  const items: OverlayItem[] = layer.items.map((control, index) => {
    const row = rect(0, HEADER_HEIGHT + 8 + index * SIDEBAR_ITEM_HEIGHT, SIDEBAR_WIDTH, SIDEBAR_ITEM_HEIGHT);
    ops.push(...menuRow(env, control, row, true));
    return { kind: 'control', control, rect: row };
  });
  const pageControls: OsdControl[] = [];
  if (layer.page) {
    const page = layoutPage(env, layer.page, SIDEBAR_WIDTH + 32, HEADER_HEIGHT + 24);
    ops.push(...page.ops);
    items.push(...page.items);
    pageControls.push(...page.items.flatMap((item) => (item.kind === 'control' ? [item.control] : [])));
  }
  return {
    chunks: [chunk('menuWindow', [layer, hoveredIn(env, [...layer.items, ...pageControls])], ops)],
    group: { role: 'region', label: title, rect: SCREEN, items },
    bounds: SCREEN,
  };
}
