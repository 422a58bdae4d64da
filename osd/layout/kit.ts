/**
 * More of the OSD's widget kit, in the look of widgets.ts: progress bar, scroll bar, tabs and the drop-down (closed
 * and open). Each is a pure function from a rectangle (and the control it shows) to drawing operations; those that
 * hold several controls also return where each sits, for the accessible overlay and hit testing.
 */
import type { OsdControl } from '../../firmware';
import { PALETTE } from '../config';
import { rect, type DrawOp, type OverlayItem, type Rect } from './displayList';
import { button, fill, focusRing, labelColor, outline, px, textCentered, type LayoutEnv } from './widgets';

/** A horizontal progress bar, 0..100 percent (clamped, whole percent). */
export function progressBar(track: Rect, percent: number): DrawOp[] {
  const clamped = Math.max(0, Math.min(100, Math.floor(percent)));
  return [
    fill(track, PALETTE.progressTrack),
    ...outline(track, PALETTE.panelBorder),
    fill(rect(track.x, track.y, Math.floor((track.w * clamped) / 100), track.h), PALETTE.accent),
  ];
}

/** What part of a list is shown: items `first`.. `first + visible - 1` of `total`. */
export interface ScrollPosition {
  readonly first: number;
  readonly visible: number;
  readonly total: number;
}

/** Thumb length never drops below this many 1280x720 pixels, so it stays easy to see. *invented* */
const MIN_THUMB = 12;

/** A vertical scroll bar in `track`: the thumb's length and offset show which part of the list is on screen. */
export function scrollBar(env: LayoutEnv, track: Rect, position: ScrollPosition): DrawOp[] {
  const total = Math.max(1, position.total);
  const visible = Math.max(1, Math.min(position.visible, total));
  const first = Math.max(0, Math.min(position.first, total - visible));
  const inner = rect(track.x + 1, track.y + 1, track.w - 2, track.h - 2);
  const length = Math.max(Math.min(px(env, MIN_THUMB), inner.h), Math.round((inner.h * visible) / total));
  const travel = inner.h - length;
  const offset = total === visible ? 0 : Math.round((travel * first) / (total - visible));
  return [
    fill(track, PALETTE.scrollTrack),
    ...outline(track, PALETTE.panelBorder),
    fill(rect(inner.x, inner.y + offset, inner.w, length), PALETTE.scrollThumb),
  ];
}

/** A row of tabs across `strip`; the selected tab is joined to the page below by an accent line. */
export function tabs(
  env: LayoutEnv,
  strip: Rect,
  controls: readonly OsdControl[],
): { ops: DrawOp[]; items: OverlayItem[] } {
  const ops: DrawOp[] = [fill(rect(strip.x, strip.y + strip.h - 1, strip.w, 1), PALETTE.panelBorder)];
  const items: OverlayItem[] = [];
  const count = Math.max(1, controls.length);
  controls.forEach((control, index) => {
    const x = strip.x + Math.floor((strip.w * index) / count);
    const tab = rect(x, strip.y, strip.x + Math.floor((strip.w * (index + 1)) / count) - x, strip.h);
    const hovered = control.enabled && env.hovered === control.id;
    const background = control.selected ? PALETTE.panel : hovered ? PALETTE.hover : PALETTE.screen;
    ops.push(fill(tab, background), ...outline(tab, PALETTE.panelBorder));
    if (control.selected)
      ops.push(fill(rect(tab.x + 1, tab.y + tab.h - px(env, 3), tab.w - 2, px(env, 3)), PALETTE.accent));
    ops.push(textCentered(env, tab, control.label, control.selected ? PALETTE.white : labelColor(control)));
    if (control.focused) ops.push(...focusRing(tab));
    items.push({ kind: 'control', control, rect: tab });
  });
  return { ops, items };
}

/** A message box's buttons, right-aligned along `bottomRight` (x is the right edge): how dialogs end. */
export function buttonRow(
  env: LayoutEnv,
  controls: readonly OsdControl[],
  right: number,
  y: number,
  height: number,
  minWidth: number,
  gap: number,
  measure: (label: string) => number,
): { ops: DrawOp[]; items: OverlayItem[] } {
  const ops: DrawOp[] = [];
  const items: OverlayItem[] = [];
  let x = right;
  for (const control of [...controls].reverse()) {
    const w = Math.max(minWidth, measure(control.label) + px(env, 32));
    x -= w;
    const r = rect(x, y, w, height);
    ops.push(...button(env, control, r));
    items.unshift({ kind: 'control', control, rect: r });
    x -= gap;
  }
  return { ops, items };
}
