/**
 * The committed OSD bitmap font (public/fonts/osd.fnt + osd.png, made by `npm run build:font`) is strictly 1-bit,
 * covers printable ASCII, parses in pixi v8 as intended, and is exactly what the generator produces today
 * (so nobody hand-edits it and the generator stays deterministic).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHARSET, FONT_SOURCE, decodePng, generateOsdFont } from '../../scripts/osd-font-lib.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fnt = readFileSync(`${root}public/fonts/osd.fnt`, 'utf8');
const png = readFileSync(`${root}public/fonts/osd.png`);

/** Minimal reader of the BMFont text format: one record of numbers/strings per line. */
function records(tag: string): Record<string, string>[] {
  return fnt
    .split('\n')
    .filter((line) => line.startsWith(`${tag} `))
    .map((line) =>
      Object.fromEntries([...line.matchAll(/(\w+)=("[^"]*"|\S+)/g)].map((m) => [m[1], m[2]!.replace(/"/g, '')])),
    );
}

describe('OSD bitmap font', () => {
  it('atlas is strictly 1-bit: alpha 0 or 255, visible pixels white, hidden pixels (0,0,0,0)', () => {
    const { width, height, data } = decodePng(png);
    const [common] = records('common');
    expect([width, height]).toEqual([Number(common!.scaleW), Number(common!.scaleH)]);
    let visible = 0;
    const bad: number[] = [];
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
      if (a === 255 && r === 255 && g === 255 && b === 255) visible++;
      else if (a !== 0 || r !== 0 || g !== 0 || b !== 0) bad.push(i / 4);
    }
    expect(bad, 'pixels that are neither opaque white nor (0,0,0,0)').toEqual([]);
    expect(visible).toBeGreaterThan(500);
  });

  it('declares every printable ASCII char 32..126 (and • ° ©), each rectangle inside the atlas', () => {
    const [common] = records('common');
    const [scaleW, scaleH] = [Number(common!.scaleW), Number(common!.scaleH)];
    const chars = records('char');
    expect(Number(records('chars')[0]!.count)).toBe(chars.length);
    const ids = chars.map((c) => Number(c.id));
    for (let id = 32; id <= 126; id++) expect(ids).toContain(id);
    for (const id of [0x2022, 0xb0, 0xa9]) expect(ids).toContain(id);
    for (const c of chars) {
      const [x, y, w, h] = [c.x, c.y, c.width, c.height].map(Number) as [number, number, number, number];
      expect(x >= 0 && y >= 0 && x + w <= scaleW && y + h <= scaleH, `char ${c.id}`).toBe(true);
      expect(Number(c.xadvance), `char ${c.id}`).toBeGreaterThan(0);
    }
  });

  it('is parsed by pixi v8 as a .fnt with face OSD, size 19, lineHeight 20, base 15', async () => {
    // pixi.js reads `navigator` when imported; Node 20 has none.
    (globalThis as { navigator?: unknown }).navigator ??= { userAgent: 'node' };
    const { bitmapFontTextParser, loadBitmapFont } = await import('pixi.js');
    expect(loadBitmapFont.test!('/fonts/osd.fnt')).toBe(true);
    expect(bitmapFontTextParser.test(fnt)).toBe(true);
    const data = bitmapFontTextParser.parse(fnt);
    expect([data.fontFamily, data.fontSize, data.lineHeight, data.baseLineOffset]).toEqual(['OSD', 19, 20, 20 - 15]);
    expect(data.pages).toEqual([{ id: 0, file: 'osd.png' }]);
    expect(Object.keys(data.chars)).toHaveLength(CHARSET.length);
    expect(data.chars['H']).toMatchObject({ width: 7, height: 10, xOffset: 0, yOffset: 5, xAdvance: 8 });
    expect(data.chars[' ']).toMatchObject({ width: 0, height: 0, xAdvance: 4 });
  });

  it('is reproduced byte for byte by the generator', () => {
    const woff = readFileSync(`${root}node_modules/${FONT_SOURCE.packageName}/${FONT_SOURCE.file}`);
    const first = generateOsdFont(woff);
    const second = generateOsdFont(woff);
    expect(first.fnt).toBe(fnt);
    expect(Buffer.compare(first.png, png)).toBe(0);
    expect(Buffer.compare(second.png, first.png)).toBe(0);
  });
});
