/**
 * The mouse wheel as whole steps for the firmware's SCROLL event. A notched wheel sends one event per notch (about
 * 100 pixels, or 3 lines); touchpads send many small deltas. Deltas add up until a whole step is reached, so a
 * touchpad flick pages a list about as far as the same distance on a wheel does, not once per tiny event.
 */

/** Pixels of wheel movement per step (one notch of a common mouse wheel). */
export const WHEEL_STEP_PX = 100;
/** What one line and one page of `deltaMode` count as, in pixels. */
const LINE_PX = WHEEL_STEP_PX / 3;
const PAGE_PX = WHEEL_STEP_PX * 3;

export interface WheelDelta {
  readonly deltaY: number;
  /** WheelEvent.deltaMode: 0 pixels, 1 lines, 2 pages. */
  readonly deltaMode: number;
}

export class WheelStepper {
  private pending = 0;

  /** Adds a wheel event's movement; returns the whole steps it completes (positive = down), often 0. */
  add(wheel: WheelDelta): number {
    const unit = wheel.deltaMode === 1 ? LINE_PX : wheel.deltaMode === 2 ? PAGE_PX : 1;
    if (!Number.isFinite(wheel.deltaY)) return 0;
    // A change of direction starts afresh: the rest of a scroll down does not delay the first step up.
    if (Math.sign(wheel.deltaY) !== Math.sign(this.pending)) this.pending = 0;
    this.pending += wheel.deltaY * unit;
    const steps = Math.trunc(this.pending / WHEEL_STEP_PX);
    this.pending -= steps * WHEEL_STEP_PX;
    return steps;
  }
}
