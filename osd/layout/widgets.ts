/**
 * The OSD's building blocks as drawing operations: windows with title bars, buttons, icon buttons, text fields
 * (masked or not), check boxes and the focus ring (more in kit.ts). Each takes the control from the OsdModel and the
 * rectangle the layout gave it. Sizes are 1280x720 pixels passed through px(env, n), so the same widget lays out for
 * 1920x1080 (osd/config.ts).
 */
import type { OsdControl } from '../../firmware';
import { PALETTE, type ScreenMetrics } from '../config';
import { measureText, textYForCapTop, type FontMetrics } from '../font/fontMetrics';
import { rect, type DrawOp, type Rect } from './displayList';
import { CHECK_MARK, CHECK_MARK_SIZE, ICONS, ICON_SIZE } from './icons';
import { tailToWidth, truncateToWidth } from './text';

/** What every layout function needs besides the model. */
export interface LayoutEnv {
  readonly font: FontMetrics;
  /** The control under the pointer, drawn highlighted. */
  readonly hovered: string | null;
  /** The output frame being laid out (its size and layout unit). */
  readonly screen: ScreenMetrics;
}

/** A 1280x720 layout size in pixels of the current frame. */
export const px = (env: LayoutEnv, size: number): number => Math.round(size * env.screen.unit);

/** An integer text scale for text drawn at `base` times the native size at 1280x720 (body text stays 1). */
export const textScale = (env: LayoutEnv, base: number): number =>
  base <= 1 ? 1 : Math.max(1, Math.round(base * env.screen.unit));

/** The whole frame. */
export const screenRect = (env: LayoutEnv): Rect => rect(0, 0, env.screen.width, env.screen.height);

/** Panel fill opacity: windows over live view let the picture show through a little. *invented* */
export const PANEL_ALPHA = 0.94;

export const TITLE_BAR_HEIGHT = 36;
const FOCUS_RING = 2;
/** Character drawn for each character of a masked field. *invented* (recorders draw dots or asterisks). */
export const MASK_CHARACTER = '\u2022';

export const fill = (r: Rect, color: number, alpha?: number): DrawOp =>
  alpha === undefined || alpha >= 1 ? { op: 'rect', rect: r, color } : { op: 'rect', rect: r, color, alpha };

/** A rectangle outline `thickness` pixels wide, inside `r`. */
export function outline(r: Rect, color: number, thickness = 1): DrawOp[] {
  return [
    fill(rect(r.x, r.y, r.w, thickness), color),
    fill(rect(r.x, r.y + r.h - thickness, r.w, thickness), color),
    fill(rect(r.x, r.y + thickness, thickness, r.h - 2 * thickness), color),
    fill(rect(r.x + r.w - thickness, r.y + thickness, thickness, r.h - 2 * thickness), color),
  ];
}

export function text(x: number, y: number, content: string, color: number, scale = 1): DrawOp {
  return { op: 'text', x, y, text: content, color, scale };
}

/** The y at which text's capitals are vertically centred in `r`. */
export function centredTextY(env: LayoutEnv, r: Rect, scale = 1): number {
  return textYForCapTop(env.font, r.y + Math.floor((r.h - env.font.capHeight * scale) / 2), scale);
}

/** Text vertically centred in `r`, `padding` pixels from its left edge, truncated to fit. */
export function textLeft(env: LayoutEnv, r: Rect, content: string, color: number, padding = 0, scale = 1): DrawOp {
  const fitted = truncateToWidth(env.font, content, r.w - 2 * padding, scale);
  return text(r.x + padding, centredTextY(env, r, scale), fitted, color, scale);
}

/** Text centred in `r`, truncated to fit. */
export function textCentered(env: LayoutEnv, r: Rect, content: string, color: number, scale = 1): DrawOp {
  const fitted = truncateToWidth(env.font, content, r.w - 4, scale);
  const width = measureText(env.font, fitted, scale);
  return text(r.x + Math.floor((r.w - width) / 2), centredTextY(env, r, scale), fitted, color, scale);
}

export function icon(name: keyof typeof ICONS, x: number, y: number, color: number, scale = 1): DrawOp {
  return { op: 'pixels', x, y, rows: ICONS[name], color, scale };
}

/** A title bar across `r`: the title at its left. */
export function titleBar(env: LayoutEnv, r: Rect, title: string): DrawOp[] {
  return [fill(r, PALETTE.titleBar), textLeft(env, r, title, PALETTE.titleText, px(env, 14))];
}

/** A window: dark translucent body, border and a title bar; returns its operations and the body below the title. */
export function panel(env: LayoutEnv, r: Rect, title: string | null): { ops: DrawOp[]; body: Rect } {
  const ops: DrawOp[] = [fill(r, PALETTE.panel, PANEL_ALPHA), ...outline(r, PALETTE.panelBorder)];
  if (title === null) return { ops, body: rect(r.x + 1, r.y + 1, r.w - 2, r.h - 2) };
  const bar = rect(r.x + 1, r.y + 1, r.w - 2, px(env, TITLE_BAR_HEIGHT));
  ops.push(...titleBar(env, bar, title));
  return { ops, body: rect(r.x + 1, bar.y + bar.h, r.w - 2, r.h - 2 - bar.h) };
}

export function focusRing(r: Rect): DrawOp[] {
  return outline(
    rect(r.x - FOCUS_RING, r.y - FOCUS_RING, r.w + 2 * FOCUS_RING, r.h + 2 * FOCUS_RING),
    PALETTE.focus,
    FOCUS_RING,
  );
}

function buttonFillColor(env: LayoutEnv, control: OsdControl): number {
  if (!control.enabled) return PALETTE.button;
  if (control.selected) return PALETTE.accent;
  if (env.hovered === control.id) return PALETTE.hover;
  return PALETTE.button;
}

export const labelColor = (control: OsdControl): number => (control.enabled ? PALETTE.text : PALETTE.disabledText);

/** A push button with its label centred (and an icon before it, if the control has one). */
export function button(env: LayoutEnv, control: OsdControl, r: Rect): DrawOp[] {
  const ops: DrawOp[] = [fill(r, buttonFillColor(env, control)), ...outline(r, PALETTE.buttonBorder)];
  ops.push(textCentered(env, r, control.label, labelColor(control)));
  if (control.focused) ops.push(...focusRing(r));
  return ops;
}

/** An icon-only button (e.g. the pencil of a Modify column): the label is its accessible name. */
export function iconButton(env: LayoutEnv, control: OsdControl, r: Rect): DrawOp[] {
  const ops: DrawOp[] = [fill(r, buttonFillColor(env, control)), ...outline(r, PALETTE.buttonBorder)];
  if (control.icon) {
    const x = r.x + Math.floor((r.w - ICON_SIZE) / 2);
    const y = r.y + Math.floor((r.h - ICON_SIZE) / 2);
    ops.push(icon(control.icon, x, y, labelColor(control)));
  }
  if (control.focused) ops.push(...focusRing(r));
  return ops;
}

/** A text field; masked fields draw one MASK_CHARACTER per character, and a focused field shows its caret. */
export function textbox(env: LayoutEnv, control: OsdControl, r: Rect): DrawOp[] {
  const active = control.focused || env.hovered === control.id;
  const ops: DrawOp[] = [
    fill(r, control.enabled ? PALETTE.field : PALETTE.panel),
    ...outline(r, active && control.enabled ? PALETTE.accent : PALETTE.fieldBorder),
  ];
  const value = control.value ?? '';
  const shown = control.masked ? MASK_CHARACTER.repeat(value.length) : value;
  const inner = rect(r.x + px(env, 8), r.y, r.w - 2 * px(env, 8), r.h);
  const visible = tailToWidth(env.font, shown, inner.w - 2);
  ops.push(textLeft(env, inner, visible, control.enabled ? PALETTE.text : PALETTE.disabledText));
  if (control.focused) {
    const caretX = inner.x + measureText(env.font, visible) + 1;
    const inset = px(env, 5);
    ops.push(fill(rect(caretX, r.y + inset, 1, r.h - 2 * inset), PALETTE.text));
  }
  return ops;
}

/** A check box: the box at the left of `r`, the label after it. */
export function checkbox(env: LayoutEnv, control: OsdControl, r: Rect): DrawOp[] {
  const size = px(env, 16);
  const box = rect(r.x, r.y + Math.floor((r.h - size) / 2), size, size);
  const ops: DrawOp[] = [
    fill(box, PALETTE.field),
    ...outline(box, env.hovered === control.id ? PALETTE.accent : PALETTE.fieldBorder),
  ];
  if (control.checked)
    ops.push({
      op: 'pixels',
      x: box.x + Math.floor((size - CHECK_MARK_SIZE) / 2),
      y: box.y + Math.floor((size - CHECK_MARK_SIZE) / 2),
      rows: CHECK_MARK,
      color: PALETTE.accent,
      scale: 1,
    });
  const gap = size + px(env, 8);
  ops.push(textLeft(env, rect(box.x + gap, r.y, r.w - gap, r.h), control.label, labelColor(control)));
  if (control.focused) ops.push(...focusRing(r));
  return ops;
}
