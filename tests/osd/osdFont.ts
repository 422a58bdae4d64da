/** The OSD font's metrics, read from the same file the browser loads. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFontMetrics, type FontMetrics } from '../../osd/layout/index';

export const OSD_FONT: FontMetrics = parseFontMetrics(
  readFileSync(fileURLToPath(new URL('../../public/fonts/osd.fnt', import.meta.url)), 'utf8'),
);
