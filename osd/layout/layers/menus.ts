/**
 * The Quick Menu popup, the Main Menu tiles, and the menu window (breadcrumb title, item list, open page with its
 * table). Sizes are 1280x720 pixels, scaled by px() for the current frame.
 */
import type { OsdControl, OsdLayer, OsdMenuPage, OsdTable } from '../../../firmware';
import { measureText } from '../../font/fontMetrics';
import { layoutRow, rowHeight } from './dialog';
import { PALETTE } from '../../config';
import { rect, type DrawOp, type OverlayItem, type Rect } from '../displayList';
import { ICON_SIZE } from '../icons';
import { scrollBar } from '../kit';
import {
  button,
  fill,
  focusRing,
  icon,
  iconButton,
  labelColor,
  outline,
  PANEL_ALPHA,
  px,
  screenRect,
  textCentered,
  textLeft,
  textScale,
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
  let textX = r.x + px(env, 12);
  if (withIcon && control.icon) {
    ops.push(icon(control.icon, textX, r.y + Math.floor((r.h - ICON_SIZE) / 2), labelColor(control)));
    textX += ICON_SIZE + px(env, 10);
  }
  ops.push(textLeft(env, rect(textX, r.y, r.x + r.w - textX, r.h), control.label, labelColor(control), 0));
  if (control.focused) ops.push(...focusRing(rect(r.x + 2, r.y + 2, r.w - 4, r.h - 4)));
  return ops;
}

export function layoutQuickMenu(env: LayoutEnv, layer: Extract<OsdLayer, { kind: 'quickMenu' }>): LayerLayout {
  const width = px(env, QUICK_MENU_WIDTH);
  const itemHeight = px(env, QUICK_MENU_ITEM_HEIGHT);
  const inset = px(env, 4);
  const height = layer.items.length * itemHeight + 2 * inset;
  const x = Math.max(0, Math.min(layer.origin.x, env.screen.width - width));
  const y = Math.max(0, Math.min(layer.origin.y, env.screen.height - height));
  const bounds = rect(x, y, width, height);
  const ops: DrawOp[] = [fill(bounds, PALETTE.panel, PANEL_ALPHA), ...outline(bounds, PALETTE.panelBorder)];
  const items: OverlayItem[] = layer.items.map((control, index) => {
    const row = rect(x + 1, y + inset + index * itemHeight, width - 2, itemHeight);
    ops.push(...menuRow(env, control, row, false));
    return { kind: 'control', control, rect: row };
  });
  return {
    chunks: [chunk('quickMenu', [layer, hoveredIn(env, layer.items)], ops)],
    group: { role: 'menu', label: 'Quick Menu', rect: bounds, items },
    bounds,
  };
}

const HEADER_HEIGHT = 48;
const TILE = { w: 200, h: 150, gap: 24, columns: 4, iconScale: 3, iconTop: 24, labelTop: 92, labelHeight: 40 } as const;

/** The blue header of full-screen menus, with its title at twice (three times at 1080p) the native text size. */
function header(env: LayoutEnv, title: string): DrawOp[] {
  const bar = rect(0, 0, env.screen.width, px(env, HEADER_HEIGHT));
  return [
    fill(screenRect(env), PALETTE.screen),
    fill(bar, PALETTE.titleBar),
    textLeft(env, bar, title, PALETTE.titleText, px(env, 24), textScale(env, 2)),
  ];
}

export function layoutMainMenu(env: LayoutEnv, layer: Extract<OsdLayer, { kind: 'mainMenu' }>): LayerLayout {
  const screen = screenRect(env);
  const headerHeight = px(env, HEADER_HEIGHT);
  const ops: DrawOp[] = header(env, layer.title);
  const [w, h, gap] = [px(env, TILE.w), px(env, TILE.h), px(env, TILE.gap)];
  const iconScale = textScale(env, TILE.iconScale);
  const columns = Math.min(TILE.columns, layer.items.length);
  const rows = Math.ceil(layer.items.length / TILE.columns);
  const gridWidth = columns * w + (columns - 1) * gap;
  const gridHeight = rows * h + (rows - 1) * gap;
  const left = Math.floor((screen.w - gridWidth) / 2);
  const top = headerHeight + Math.floor((screen.h - headerHeight - gridHeight) / 2);
  const items: OverlayItem[] = layer.items.map((control, index) => {
    const tile = rect(
      left + (index % TILE.columns) * (w + gap),
      top + Math.floor(index / TILE.columns) * (h + gap),
      w,
      h,
    );
    const hovered = control.enabled && env.hovered === control.id;
    ops.push(fill(tile, hovered ? PALETTE.hover : PALETTE.panel), ...outline(tile, PALETTE.panelBorder));
    if (control.icon) {
      const iconX = tile.x + Math.floor((tile.w - ICON_SIZE * iconScale) / 2);
      ops.push(icon(control.icon, iconX, tile.y + px(env, TILE.iconTop), labelColor(control), iconScale));
    }
    const label = rect(tile.x, tile.y + px(env, TILE.labelTop), tile.w, px(env, TILE.labelHeight));
    ops.push(textCentered(env, label, control.label, labelColor(control)));
    if (control.focused) ops.push(...focusRing(tile));
    return { kind: 'control', control, rect: tile };
  });
  return {
    chunks: [chunk('mainMenu', [layer, hoveredIn(env, layer.items)], ops)],
    group: { role: 'region', label: layer.title, rect: screen, items },
    bounds: screen,
  };
}

const SIDEBAR_WIDTH = 260;
const SIDEBAR_ITEM_HEIGHT = 40;
const TABLE_ROW_HEIGHT = 36;
/** Margin between the sidebar and the page, and from the page to the screen's right edge. */
const PAGE_MARGIN = 32;
const PAGE_BUTTON_HEIGHT = 32;
const PAGE_BUTTON_MIN_WIDTH = 120;
const PAGE_BUTTON_GAP = 12;
const ICON_BUTTON = 28;
const SCROLL_BAR_WIDTH = 12;

const pageWidth = (env: LayoutEnv) => env.screen.width - px(env, SIDEBAR_WIDTH) - 2 * px(env, PAGE_MARGIN);

interface Laid {
  readonly ops: DrawOp[];
  readonly items: OverlayItem[];
  readonly bottom: number;
}

/**
 * The page's table from `top`: a header row, then one row per entry with its controls as icon buttons. A table that
 * shows part of a longer list (`scroll`) has a scroll bar at its right, spanning the room of a full page of rows.
 */
function layoutTable(env: LayoutEnv, table: OsdTable, left: number, top: number): Laid {
  const ops: DrawOp[] = [];
  const items: OverlayItem[] = [];
  const rowHeight = px(env, TABLE_ROW_HEIGHT);
  const padding = px(env, 12);
  const widths = table.columns.map((column) => px(env, column.width));
  const tableWidth = widths.reduce((sum, width) => sum + width, 0);
  const header = rect(left, top, tableWidth, rowHeight);
  ops.push(fill(header, PALETTE.panel), ...outline(header, PALETTE.panelBorder));
  let x = header.x;
  table.columns.forEach((column, index) => {
    const width = widths[index] ?? 0;
    ops.push(textLeft(env, rect(x, header.y, width, header.h), column.title, PALETTE.dimText, padding));
    x += width;
  });
  table.rows.forEach((row, index) => {
    const y = header.y + rowHeight * (index + 1);
    ops.push(fill(rect(header.x, y, tableWidth, rowHeight), index % 2 === 0 ? PALETTE.screen : PALETTE.backdrop));
    let cellX = header.x;
    row.cells.forEach((cell, column) => {
      const width = widths[column] ?? 0;
      const cellBox = rect(cellX, y, width, rowHeight);
      ops.push(textLeft(env, cellBox, cell, PALETTE.text, padding));
      const { title, readable } = table.columns[column] ?? {};
      if (readable)
        items.push({ kind: 'value', label: `${row.cells[0] ?? ''} ${title ?? ''}`, value: cell, rect: cellBox });
      cellX += width;
    });
    const button = px(env, ICON_BUTTON);
    row.controls.forEach((control, position) => {
      const r = rect(
        cellX + padding + position * (button + px(env, 8)),
        y + Math.floor((rowHeight - button) / 2),
        button,
        button,
      );
      ops.push(...iconButton(env, control, r));
      items.push({ kind: 'control', control, rect: r });
    });
  });
  const shownRows = table.scroll ? Math.max(table.rows.length, table.scroll.visible) : table.rows.length;
  if (table.scroll) {
    const track = rect(
      header.x + tableWidth + px(env, 4),
      header.y + rowHeight,
      px(env, SCROLL_BAR_WIDTH),
      rowHeight * shownRows,
    );
    ops.push(...scrollBar(env, track, table.scroll));
  }
  return { ops, items, bottom: header.y + rowHeight * (shownRows + 1) };
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
  const width = pageWidth(env);
  for (const row of page.rows) {
    const h = rowHeight(env, row, width);
    const laid = layoutRow(env, row, rect(left, y, width, h));
    ops.push(...laid.ops);
    items.push(...laid.items);
    y += h;
  }
  if (page.table) {
    const laid = layoutTable(env, page.table, left, y + (page.rows.length > 0 ? px(env, 12) : 0));
    ops.push(...laid.ops);
    items.push(...laid.items);
    y = laid.bottom;
  }
  if (page.alert) {
    const alertArea = rect(left, y + px(env, 8), width, px(env, 28));
    ops.push(textLeft(env, alertArea, page.alert, PALETTE.alert));
    items.push({ kind: 'alert', text: page.alert, rect: alertArea });
    y += px(env, 36);
  }
  let x = left;
  for (const control of page.buttons) {
    const w = Math.max(px(env, PAGE_BUTTON_MIN_WIDTH), measureText(env.font, control.label) + px(env, 32));
    const r = rect(x, y + px(env, 16), w, px(env, PAGE_BUTTON_HEIGHT));
    ops.push(...button(env, control, r));
    items.push({ kind: 'control', control, rect: r });
    x += w + px(env, PAGE_BUTTON_GAP);
  }
  return { ops, items };
}

export function layoutMenuWindow(env: LayoutEnv, layer: Extract<OsdLayer, { kind: 'menuWindow' }>): LayerLayout {
  const screen = screenRect(env);
  const title = layer.breadcrumb.join(' > ');
  const ops: DrawOp[] = header(env, title);
  const headerHeight = px(env, HEADER_HEIGHT);
  const sidebarWidth = px(env, SIDEBAR_WIDTH);
  const itemHeight = px(env, SIDEBAR_ITEM_HEIGHT);
  const sidebar = rect(0, headerHeight, sidebarWidth, screen.h - headerHeight);
  ops.push(fill(sidebar, PALETTE.panel), fill(rect(sidebarWidth, headerHeight, 1, sidebar.h), PALETTE.panelBorder));
  const items: OverlayItem[] = layer.items.map((control, index) => {
    const row = rect(0, headerHeight + px(env, 8) + index * itemHeight, sidebarWidth, itemHeight);
    ops.push(...menuRow(env, control, row, true));
    return { kind: 'control', control, rect: row };
  });
  const pageControls: OsdControl[] = [];
  if (layer.page) {
    const page = layoutPage(env, layer.page, sidebarWidth + px(env, PAGE_MARGIN), headerHeight + px(env, 24));
    ops.push(...page.ops);
    items.push(...page.items);
    pageControls.push(...page.items.flatMap((item) => (item.kind === 'control' ? [item.control] : [])));
  }
  return {
    chunks: [chunk('menuWindow', [layer, hoveredIn(env, [...layer.items, ...pageControls])], ops)],
    group: { role: 'region', label: title, rect: screen, items },
    bounds: screen,
  };
}
