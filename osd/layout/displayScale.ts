/**
 * How big the OSD frame (1280x720 by default, or 1920x1080) is shown: the largest whole multiple that fits the space
 * (crisp pixels), or, when even 1x does not fit (a phone, a 1080p frame in a small window), the largest fraction that
 * does (nearest sampling keeps it sharp-edged).
 */
import { OSD_HEIGHT, OSD_WIDTH } from '../config';

export function displayScale(
  availableWidth: number,
  availableHeight: number,
  frameWidth = OSD_WIDTH,
  frameHeight = OSD_HEIGHT,
): number {
  const fit = Math.min(availableWidth / frameWidth, availableHeight / frameHeight);
  if (!Number.isFinite(fit) || fit <= 0) return 1;
  return fit >= 1 ? Math.floor(fit) : fit;
}
