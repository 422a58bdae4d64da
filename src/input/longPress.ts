/**
 * Long press on a touch screen = right click (SPEC §6.1). iOS Safari never fires `contextmenu` for a long press, so
 * this detects it from pointer events: held LONG_PRESS_MS without moving more than LONG_PRESS_SLOP_PX.
 */

export const LONG_PRESS_MS = 500;
export const LONG_PRESS_SLOP_PX = 8;

export class LongPressDetector {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private start: { x: number; y: number } | null = null;
  /** Set when a long press fired, so the click that ends it can be ignored. */
  fired = false;

  constructor(private readonly onLongPress: (x: number, y: number) => void) {}

  down(x: number, y: number): void {
    this.cancel();
    this.fired = false;
    this.start = { x, y };
    this.timer = setTimeout(() => {
      this.timer = null;
      this.fired = true;
      this.onLongPress(x, y);
    }, LONG_PRESS_MS);
  }

  move(x: number, y: number): void {
    if (this.start && Math.hypot(x - this.start.x, y - this.start.y) > LONG_PRESS_SLOP_PX) this.cancel();
  }

  /** A pointer other than touch went down: nothing of an earlier long press is pending. */
  reset(): void {
    this.cancel();
    this.fired = false;
  }

  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.start = null;
  }
}
