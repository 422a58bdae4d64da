/**
 * Long press on a touch screen = right click (docs/architecture.md#the-osd). iOS Safari never fires `contextmenu` for a long press, so
 * this detects it from pointer events: held LONG_PRESS_MS without moving more than LONG_PRESS_SLOP_PX.
 *
 * Contract, so one long press is exactly one right click and never also a click:
 * - down() starts a press; move() beyond the slop, up() before the delay, or cancel() abandon it.
 * - When the delay passes, onLongPress(x, y) runs once.
 * - Browsers that do fire `contextmenu` for a long press (Chrome on Android) fire it around the same time:
 *   claimContextMenu() says whether that `contextmenu` belongs to the current touch press; if it does, it counts as
 *   the long press (onLongPress runs now, or has run) and must not be handled again.
 * - The click that some browsers send when the finger lifts after a long press is swallowed: consumeClick() returns
 *   true once for it. The next down(), reset() or keyboard use (reset()) forgets it, so later activations by
 *   keyboard or mouse are never lost.
 */

export const LONG_PRESS_MS = 500;
export const LONG_PRESS_SLOP_PX = 8;

export class LongPressDetector {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private start: { x: number; y: number } | null = null;
  /** A long press fired during the current touch: its `contextmenu` and the click after it are not new input. */
  private fired = false;
  private clickPending = false;

  constructor(private readonly onLongPress: (x: number, y: number) => void) {}

  down(x: number, y: number): void {
    this.reset();
    this.start = { x, y };
    this.timer = setTimeout(() => this.fire(), LONG_PRESS_MS);
  }

  move(x: number, y: number): void {
    if (this.timer !== null && this.start && Math.hypot(x - this.start.x, y - this.start.y) > LONG_PRESS_SLOP_PX)
      this.cancel();
  }

  /** The finger lifted: a press not yet long is abandoned (its click is a tap). */
  up(): void {
    this.cancel();
  }

  /**
   * A `contextmenu` event arrived. True when it belongs to the current touch press (it is, or was, the long press);
   * the caller then ignores it. False for a mouse right click, which the caller handles.
   */
  claimContextMenu(): boolean {
    if (this.timer !== null) this.fire();
    return this.fired;
  }

  /** True once for the click that ends a long press; the caller ignores that click. */
  consumeClick(): boolean {
    const swallow = this.clickPending;
    this.clickPending = false;
    return swallow;
  }

  /** Other input (a mouse button, a key) happened: nothing of an earlier long press is pending. */
  reset(): void {
    this.cancel();
    this.fired = false;
    this.clickPending = false;
  }

  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private fire(): void {
    const at = this.start;
    this.cancel();
    if (!at) return;
    this.fired = true;
    this.clickPending = true;
    this.onLongPress(at.x, at.y);
  }
}
