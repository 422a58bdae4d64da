/**
 * How big the OSD frame (1280x720 by default, or 1920x1080) is shown: the largest whole multiple that fits the space
 * (crisp pixels), or, when even 1x does not fit (a phone, a laptop's page with the hardware under the screen, a 1080p
 * frame in a small window), the largest fraction that does, rounded down to a step that keeps the frame's box whole
 * CSS pixels on both sides (k/80 for 1280x720, k/120 for 1920x1080: 16k x 9k pixels), so its edges stay sharp.
 */
import { OSD_HEIGHT, OSD_WIDTH } from '../config';

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

export function displayScale(
  availableWidth: number,
  availableHeight: number,
  frameWidth = OSD_WIDTH,
  frameHeight = OSD_HEIGHT,
): number {
  const fit = Math.min(availableWidth / frameWidth, availableHeight / frameHeight);
  if (!Number.isFinite(fit) || fit <= 0) return 1;
  if (fit >= 1) return Math.floor(fit);
  const step = gcd(Math.round(frameWidth), Math.round(frameHeight)) || 1;
  return Math.max(1, Math.floor(fit * step + 1e-9)) / step;
}
