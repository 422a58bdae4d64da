/**
 * Text fitting for the OSD: truncation with an ellipsis and word wrapping, measured with the bitmap font.
 */
import { measureText, type FontMetrics } from '../font/fontMetrics';

const ELLIPSIS = '...';

/** `text` shortened with "..." so it fits in `width` pixels. */
export function truncateToWidth(font: FontMetrics, text: string, width: number, scale = 1): string {
  if (measureText(font, text, scale) <= width) return text;
  let kept = text;
  while (kept.length > 0 && measureText(font, kept + ELLIPSIS, scale) > width) kept = kept.slice(0, -1);
  return kept + ELLIPSIS;
}

/** The end of `text` that fits in `width` (a text field scrolled to its caret). */
export function tailToWidth(font: FontMetrics, text: string, width: number): string {
  let start = 0;
  while (start < text.length && measureText(font, text.slice(start), 1) > width) start += 1;
  return text.slice(start);
}

/** Splits `text` into lines no wider than `width`, breaking at spaces (a long word is truncated). */
export function wrapText(font: FontMetrics, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measureText(font, candidate) <= width) {
      line = candidate;
    } else {
      if (line !== '') lines.push(line);
      line = truncateToWidth(font, word, width);
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
