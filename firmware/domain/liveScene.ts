/**
 * The live view's synthetic picture as a function of device time: which frame is shown, and whether a channel sees
 * motion (someone walks through its picture). Pure, so a screenshot at a given device time is exact.
 */
import { LIVE_FRAME_MS, MOTION_DURATION_MS, MOTION_PERIOD_MS, MOTION_STAGGER_MS } from '../catalogue/rules';

/** The frame number of the live picture at `deviceMs` (device time, ms since the epoch). */
export const liveFrame = (deviceMs: number): number => Math.floor(deviceMs / LIVE_FRAME_MS);

/** Whether channel `channel` (1-based) sees motion at `deviceMs`. */
export function hasMotionAt(channel: number, deviceMs: number): boolean {
  const phase = (((deviceMs - channel * MOTION_STAGGER_MS) % MOTION_PERIOD_MS) + MOTION_PERIOD_MS) % MOTION_PERIOD_MS;
  return phase < MOTION_DURATION_MS;
}
