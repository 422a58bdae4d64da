/**
 * Metrics of the OSD's bitmap font, parsed from its AngelCode BMFont text file (public/fonts/osd.fnt). Layout
 * measures text with these numbers and pixi draws with the same file, so what is measured is what is drawn, in Node
 * and in the browser alike.
 */

export interface GlyphMetrics {
  readonly xAdvance: number;
}

export interface FontMetrics {
  /** Pixel height of one line at scale 1. */
  readonly lineHeight: number;
  /**
   * Where pixi draws the ink, below a BitmapText's y (scale 1): the baseline is at `lineHeight` (pixi shifts each
   * line down by lineHeight - base), capitals start `capHeight` above it.
   */
  readonly capHeight: number;
  readonly glyphs: ReadonlyMap<number, GlyphMetrics>;
  /** Kerning by "first,second" code points. */
  readonly kernings: ReadonlyMap<string, number>;
}

function attributes(line: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const match of line.matchAll(/(\w+)=("[^"]*"|\S+)/g)) {
    const [, key, raw] = match;
    if (key && raw) values.set(key, raw.replace(/^"|"$/g, ''));
  }
  return values;
}

const numberOf = (values: Map<string, string>, key: string): number => {
  const value = Number(values.get(key));
  if (!Number.isFinite(value)) throw new Error(`Bitmap font: missing or invalid "${key}".`);
  return value;
};

/** Parses the text format of a .fnt file. */
export function parseFontMetrics(fnt: string): FontMetrics {
  let lineHeight = 0;
  let capHeight = 0;
  const glyphs = new Map<number, GlyphMetrics>();
  const kernings = new Map<string, number>();
  for (const line of fnt.split(/\r?\n/)) {
    const tag = line.split(/\s/, 1)[0];
    const values = attributes(line);
    if (tag === 'common') lineHeight = numberOf(values, 'lineHeight');
    else if (tag === 'char') {
      const id = numberOf(values, 'id');
      glyphs.set(id, { xAdvance: numberOf(values, 'xadvance') });
      if (id === 72 /* H */) capHeight = numberOf(values, 'height');
    } else if (tag === 'kerning') {
      kernings.set(`${numberOf(values, 'first')},${numberOf(values, 'second')}`, numberOf(values, 'amount'));
    }
  }
  if (lineHeight <= 0 || glyphs.size === 0 || capHeight <= 0) {
    throw new Error('Bitmap font: no common line, no characters, or no "H" to measure capitals.');
  }
  return { lineHeight, capHeight, glyphs, kernings };
}

/** The y to draw text at so its capitals start at `capTop` (pixels, at an integer `scale`). */
export function textYForCapTop(font: FontMetrics, capTop: number, scale = 1): number {
  return capTop - (font.lineHeight - font.capHeight) * scale;
}

/** The width in pixels of `text` drawn at an integer `scale`, as pixi lays out bitmap text. */
export function measureText(font: FontMetrics, text: string, scale = 1): number {
  let width = 0;
  let previous: number | null = null;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    const glyph = font.glyphs.get(code) ?? font.glyphs.get(63 /* ? */);
    if (previous !== null) width += font.kernings.get(`${previous},${code}`) ?? 0;
    width += glyph?.xAdvance ?? 0;
    previous = code;
  }
  return width * scale;
}
