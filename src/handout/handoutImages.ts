/**
 * Draws a handout's pictures: the shared OSD renderer (the bench's and the gallery's, one WebGL context) captures a
 * step's screen into a 2D canvas, returned as a PNG data URL so the page can show it as an ordinary image that
 * prints and scales like one. Always at 1280x720: the size a printed page needs, whatever the recorder's output is.
 */
import type { OsdModel } from '../../firmware';
import { layoutOsd, type OsdResolution } from '../../osd';
import { sharedFontMetrics, sharedOsdRenderer } from '../osd/sharedRenderer';

export const HANDOUT_RESOLUTION: OsdResolution = '1280x720';

export async function screenPng(model: OsdModel): Promise<string> {
  const [renderer, font] = await Promise.all([sharedOsdRenderer(), sharedFontMetrics()]);
  return renderer.capture(layoutOsd({ ...model, resolution: HANDOUT_RESOLUTION }, font)).toDataURL('image/png');
}
