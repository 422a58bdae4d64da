/**
 * Types for scripts/osd-font-lib.mjs (the OSD bitmap-font generator), so TypeScript tests can import it.
 * Keep in step with the .mjs file.
 */
export interface FontSource {
  packageName: string;
  file: string;
  unitsPerPixel: number;
}
export interface GlyphRaster {
  width: number;
  height: number;
  /** Pixels from the pen position to the first ink column. */
  left: number;
  /** Pixels from the baseline up to the top ink row. */
  top: number;
  /** width*height values 0/1, row 0 at the top. */
  bits: Uint8Array;
  advance: number;
}
export interface PlacedGlyph extends GlyphRaster {
  id: number;
  x: number;
  y: number;
}
export interface KerningPair {
  first: number;
  second: number;
  amount: number;
}
export interface BuiltFont {
  size: number;
  lineHeight: number;
  base: number;
  glyphs: PlacedGlyph[];
  kernings: KerningPair[];
  atlas: { glyphs: PlacedGlyph[]; width: number; height: number };
}

export const FONT_SOURCE: FontSource;
export const FACE: string;
export const PAGE_FILE: string;
export const ATLAS_WIDTH: number;
export const PADDING: number;
export const CHARSET: number[];

export function parseFont(bytes: Uint8Array): unknown;
export function flattenPath(commands: unknown[], unitsPerPixel: number): [number, number][][];
export function windingNumber(polygons: [number, number][][], x: number, y: number): number;
export function rasterizeGlyph(glyph: unknown, unitsPerPixel: number): GlyphRaster;
export function assertOnPixelGrid(font: unknown, charset: number[], unitsPerPixel: number): void;
export function packGlyphs(
  glyphs: (GlyphRaster & { id: number })[],
  atlasWidth?: number,
  padding?: number,
): { glyphs: PlacedGlyph[]; width: number; height: number };
export function kerningPairs(font: unknown, charset: number[], unitsPerPixel: number): KerningPair[];
export function buildOsdFont(fontBytes: Uint8Array, source?: FontSource): BuiltFont;
export function atlasPixels(built: BuiltFont): Uint8Array;
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer;
export function decodePng(bytes: Uint8Array): { width: number; height: number; data: Uint8Array };
export function writeFnt(built: BuiltFont, face?: string): string;
export function generateOsdFont(fontBytes: Uint8Array): { fnt: string; png: Buffer; built: BuiltFont };
