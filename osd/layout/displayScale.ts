/**
 * How big the 1280x720 OSD is shown: the largest whole multiple that fits the space (crisp pixels), or, when even
 * 1x does not fit (a phone), the largest fraction that does.
 */
import { OSD_HEIGHT, OSD_WIDTH } from '../config';

export function displayScale(availableWidth: number, availableHeight: number): number {
  const fit = Math.min(availableWidth / OSD_WIDTH, availableHeight / OSD_HEIGHT);
  if (!Number.isFinite(fit) || fit <= 0) return 1;
  return fit >= 1 ? Math.floor(fit) : fit;
}
