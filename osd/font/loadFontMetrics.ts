/** Loads the OSD font's metrics in the browser (the same file the renderer loads into pixi). */
import { OSD_FONT_URL } from '../config';
import { parseFontMetrics, type FontMetrics } from './fontMetrics';

export async function loadFontMetrics(url = OSD_FONT_URL): Promise<FontMetrics> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the OSD font (${response.status} ${url}).`);
  return parseFontMetrics(await response.text());
}
