/**
 * Pure functions that turn the OSD's pixel font (Jersey 10, OFL, from @fontsource/jersey-10) into a 1-bit
 * AngelCode BMFont (text .fnt + PNG atlas) for pixi.js v8's BitmapText.
 *
 * Why: the OSD must be identical byte for byte on every machine, so glyphs are never rasterized by a browser at
 * run time (its anti-aliasing and hinting vary). Jersey 10 is drawn on a grid of 75 font units per pixel, so
 * sampling the outline at pixel centres (nonzero winding) gives exact pixels. This module reads no files and
 * has no randomness: scripts/build-osd-font.mjs writes its output, tests/font/osdFont.test.ts re-runs it and
 * compares with the committed public/fonts/osd.{fnt,png}.
 */
import opentype from 'opentype.js';
import { PNG } from 'pngjs';

/** The source font and how it is rasterized. */
export const FONT_SOURCE = {
  packageName: '@fontsource/jersey-10',
  file: 'files/jersey-10-latin-400-normal.woff',
  unitsPerPixel: 75, // Jersey 10's pixel grid: every outline point is a multiple of 75 (unitsPerEm 1400)
};
export const FACE = 'OSD';
export const PAGE_FILE = 'osd.png';
export const ATLAS_WIDTH = 256;
export const PADDING = 1; // transparent pixels around every glyph and along the atlas edges
/** Printable ASCII 32..126, then the extras the OSD uses: © (U+00A9), ° (U+00B0), • (U+2022, password dots). */
export const CHARSET = [...Array.from({ length: 95 }, (_, i) => 32 + i), 0xa9, 0xb0, 0x2022];

const CURVE_STEPS = 16; // fixed subdivision of curves (Jersey 10 has none; kept for a general, deterministic flattening)

/** Parses a .woff/.ttf/.otf file (a Node Buffer or Uint8Array) with opentype.js. */
export function parseFont(bytes) {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  return opentype.parse(u8.buffer.slice(u8.byteOffset, u8.byteOffset + u8.byteLength));
}

/** Flattens path commands (font units, y up) into closed polygons in pixel units: [[x, y], ...][]. */
export function flattenPath(commands, unitsPerPixel) {
  const polygons = [];
  let current = null;
  let px = 0;
  let py = 0;
  const close = () => {
    if (current && current.length > 2) polygons.push(current);
    current = null;
  };
  for (const c of commands) {
    if (c.type === 'M') {
      close();
      current = [[c.x / unitsPerPixel, c.y / unitsPerPixel]];
    } else if (c.type === 'L') {
      current.push([c.x / unitsPerPixel, c.y / unitsPerPixel]);
    } else if (c.type === 'Q' || c.type === 'C') {
      for (let i = 1; i <= CURVE_STEPS; i++) {
        const t = i / CURVE_STEPS;
        const u = 1 - t;
        const [x, y] =
          c.type === 'Q'
            ? [u * u * px + 2 * u * t * c.x1 + t * t * c.x, u * u * py + 2 * u * t * c.y1 + t * t * c.y]
            : [
                u * u * u * px + 3 * u * u * t * c.x1 + 3 * u * t * t * c.x2 + t * t * t * c.x,
                u * u * u * py + 3 * u * u * t * c.y1 + 3 * u * t * t * c.y2 + t * t * t * c.y,
              ];
        current.push([x / unitsPerPixel, y / unitsPerPixel]);
      }
    } else if (c.type === 'Z') {
      close();
    }
    if (c.x !== undefined) [px, py] = [c.x, c.y];
  }
  close();
  return polygons;
}

/**
 * Winding number of the polygons around (x, y) (Sunday's crossing test). Throws if the point lies on an edge:
 * then the pixel would be ambiguous, which a font on an exact pixel grid never produces at pixel centres.
 */
export function windingNumber(polygons, x, y) {
  let w = 0;
  for (const p of polygons) {
    for (let i = 0; i < p.length; i++) {
      const [x0, y0] = p[i];
      const [x1, y1] = p[(i + 1) % p.length];
      const cross = (x1 - x0) * (y - y0) - (x - x0) * (y1 - y0);
      const onSegment =
        Math.abs(cross) < 1e-9 &&
        x >= Math.min(x0, x1) - 1e-9 &&
        x <= Math.max(x0, x1) + 1e-9 &&
        y >= Math.min(y0, y1) - 1e-9 &&
        y <= Math.max(y0, y1) + 1e-9;
      if (onSegment) throw new Error(`sample point (${x}, ${y}) lies on an outline edge: ambiguous pixel`);
      if (y0 <= y) {
        if (y1 > y && cross > 0) w++;
      } else if (y1 <= y && cross < 0) w--;
    }
  }
  return w;
}

/**
 * Rasterizes one glyph by point sampling at pixel centres (nonzero rule) and trims it to its ink.
 * Returns { width, height, left, top, bits, advance }: left = pixels from the pen to the first ink column,
 * top = pixels from the baseline up to the top of the ink, bits = width*height 0/1 values, row 0 at the top.
 */
export function rasterizeGlyph(glyph, unitsPerPixel) {
  const advance = Math.round(glyph.advanceWidth / unitsPerPixel);
  const empty = { width: 0, height: 0, left: 0, top: 0, bits: new Uint8Array(0), advance };
  const polygons = flattenPath(glyph.path.commands, unitsPerPixel);
  if (polygons.length === 0) return empty;
  const xs = polygons.flat().map(([x]) => x);
  const ys = polygons.flat().map(([, y]) => y);
  const x0 = Math.floor(Math.min(...xs));
  const x1 = Math.ceil(Math.max(...xs));
  const y0 = Math.floor(Math.min(...ys));
  const y1 = Math.ceil(Math.max(...ys));
  let [minCol, maxCol, minRow, maxRow] = [Infinity, -1, Infinity, -1];
  const ink = new Set();
  for (let row = 0; row < y1 - y0; row++) {
    for (let col = 0; col < x1 - x0; col++) {
      if (windingNumber(polygons, x0 + col + 0.5, y1 - row - 0.5) === 0) continue;
      ink.add(row * (x1 - x0) + col);
      [minCol, maxCol] = [Math.min(minCol, col), Math.max(maxCol, col)];
      [minRow, maxRow] = [Math.min(minRow, row), Math.max(maxRow, row)];
    }
  }
  if (maxCol < 0) return empty;
  const width = maxCol - minCol + 1;
  const height = maxRow - minRow + 1;
  const bits = new Uint8Array(width * height);
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) bits[r * width + c] = ink.has((r + minRow) * (x1 - x0) + c + minCol) ? 1 : 0;
  }
  return { width, height, left: x0 + minCol, top: y1 - minRow, bits, advance };
}

/** Throws unless every outline point, advance and vertical metric of the font lies on its pixel grid. */
export function assertOnPixelGrid(font, charset, unitsPerPixel) {
  const onGrid = (v) => Number.isInteger(v / unitsPerPixel);
  const { ascender, descender, lineGap } = font.tables.hhea;
  if (![ascender, descender, lineGap].every(onGrid)) throw new Error('vertical metrics are off the pixel grid');
  for (const id of charset) {
    const glyph = font.charToGlyph(String.fromCodePoint(id));
    if (glyph.index === 0 && id !== 32) throw new Error(`font has no glyph for U+${id.toString(16)}`);
    const values = [glyph.advanceWidth];
    for (const c of glyph.path.commands)
      values.push(...[c.x, c.y, c.x1, c.y1, c.x2, c.y2].filter((v) => v !== undefined));
    if (!values.every(onGrid))
      throw new Error(`glyph U+${id.toString(16)} is off the ${unitsPerPixel}-unit pixel grid`);
  }
}

/**
 * Shelf-packs glyphs (tallest first, ties by width then code point, so the layout is deterministic) into an atlas
 * ATLAS_WIDTH wide whose height is the next power of two. Empty glyphs (space) get a 0x0 rectangle at (0, 0).
 */
export function packGlyphs(glyphs, atlasWidth = ATLAS_WIDTH, padding = PADDING) {
  const order = glyphs
    .filter((g) => g.width > 0)
    .sort((a, b) => b.height - a.height || b.width - a.width || a.id - b.id);
  const placed = new Map(glyphs.map((g) => [g.id, { ...g, x: 0, y: 0 }]));
  let [x, y, shelf] = [padding, padding, 0];
  for (const g of order) {
    if (x + g.width + padding > atlasWidth) [x, y, shelf] = [padding, y + shelf + padding, 0];
    Object.assign(placed.get(g.id), { x, y });
    x += g.width + padding;
    shelf = Math.max(shelf, g.height);
  }
  let atlasHeight = 1;
  while (atlasHeight < y + shelf + padding) atlasHeight *= 2;
  return { glyphs: glyphs.map((g) => placed.get(g.id)), width: atlasWidth, height: atlasHeight };
}

/** Kerning pairs of the charset in whole pixels (GPOS or kern table via opentype.js), zero pairs left out. */
export function kerningPairs(font, charset, unitsPerPixel) {
  const pairs = [];
  for (const first of charset) {
    for (const second of charset) {
      const units = font.getKerningValue(
        font.charToGlyph(String.fromCodePoint(first)),
        font.charToGlyph(String.fromCodePoint(second)),
      );
      const amount = Math.round(units / unitsPerPixel);
      if (amount !== 0) pairs.push({ first, second, amount });
    }
  }
  return pairs;
}

/**
 * Builds the whole font in memory. Metrics in pixels: lineHeight = ascender - descender + lineGap,
 * base = ascender (line top to baseline), size = the em in pixels, rounded (pixi's scale reference).
 */
export function buildOsdFont(fontBytes, source = FONT_SOURCE) {
  const font = parseFont(fontBytes);
  const upp = source.unitsPerPixel;
  assertOnPixelGrid(font, CHARSET, upp);
  const { ascender, descender, lineGap } = font.tables.hhea;
  const base = ascender / upp;
  const lineHeight = (ascender - descender + lineGap) / upp;
  const size = Math.round(font.unitsPerEm / upp);
  const rasters = CHARSET.map((id) => ({ id, ...rasterizeGlyph(font.charToGlyph(String.fromCodePoint(id)), upp) }));
  const atlas = packGlyphs(rasters);
  return { size, lineHeight, base, glyphs: atlas.glyphs, kernings: kerningPairs(font, CHARSET, upp), atlas };
}

/** The atlas as RGBA: white opaque glyph pixels, everything else (0, 0, 0, 0). */
export function atlasPixels(built) {
  const { width, height, glyphs } = built.atlas;
  const rgba = new Uint8Array(width * height * 4);
  for (const g of glyphs) {
    for (let r = 0; r < g.height; r++) {
      for (let c = 0; c < g.width; c++) {
        if (g.bits[r * g.width + c])
          rgba.fill(255, ((g.y + r) * width + g.x + c) * 4, ((g.y + r) * width + g.x + c) * 4 + 4);
      }
    }
  }
  return rgba;
}

/**
 * Encodes RGBA as PNG with pngjs. Options are pinned: no ancillary chunks, filter 0, and zlib's Z_RLE strategy,
 * which finds only runs (no hash table), so Node's zlib builds produce the same bytes on every CPU.
 */
export function encodePng(width, height, rgba) {
  const png = new PNG({ width, height });
  png.data = Buffer.from(rgba);
  return PNG.sync.write(png, {
    colorType: 6,
    inputColorType: 6,
    bitDepth: 8,
    filterType: 0,
    deflateLevel: 9,
    deflateStrategy: 3,
  });
}

/** Decodes a PNG into { width, height, data } (RGBA bytes). */
export function decodePng(bytes) {
  const { width, height, data } = PNG.sync.read(Buffer.from(bytes));
  return { width, height, data: new Uint8Array(data) };
}

/**
 * Serializes the BMFont text format. pixi v8 (bitmapFontTextParser) requires the file to start with `info face=`
 * (so no comment lines), reads size/lineHeight/base/x/y/width/height/xoffset/yoffset/xadvance with parseInt, and
 * takes each char's letter from its id. yoffset = base - glyph top: pixels from the line top to the glyph's top row.
 */
export function writeFnt(built, face = FACE) {
  const { atlas, glyphs, kernings } = built;
  const lines = [
    `info face="${face}" size=${built.size} bold=0 italic=0 charset="" unicode=1 stretchH=100 smooth=0 aa=1 padding=0,0,0,0 spacing=${PADDING},${PADDING} outline=0`,
    `common lineHeight=${built.lineHeight} base=${built.base} scaleW=${atlas.width} scaleH=${atlas.height} pages=1 packed=0 alphaChnl=0 redChnl=0 greenChnl=0 blueChnl=0`,
    `page id=0 file="${PAGE_FILE}"`,
    `chars count=${glyphs.length}`,
    ...[...glyphs]
      .sort((a, b) => a.id - b.id)
      .map(
        (g) =>
          `char id=${g.id} x=${g.x} y=${g.y} width=${g.width} height=${g.height} xoffset=${g.left} ` +
          `yoffset=${g.width ? built.base - g.top : 0} xadvance=${g.advance} page=0 chnl=15`,
      ),
  ];
  if (kernings.length) {
    lines.push(`kernings count=${kernings.length}`);
    for (const k of kernings) lines.push(`kerning first=${k.first} second=${k.second} amount=${k.amount}`);
  }
  return lines.join('\n') + '\n';
}

/** Everything the build writes: { fnt (string), png (Buffer), built }. */
export function generateOsdFont(fontBytes) {
  const built = buildOsdFont(fontBytes);
  return { fnt: writeFnt(built), png: encodePng(built.atlas.width, built.atlas.height, atlasPixels(built)), built };
}
