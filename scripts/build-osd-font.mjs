/**
 * `npm run build:font`: regenerates the OSD bitmap font in public/fonts/ (osd.fnt, osd.png, OFL.txt) from the
 * Jersey 10 .woff in node_modules/@fontsource/jersey-10. Deterministic (same input, same bytes), offline, pure JS.
 * The rasterizing and encoding live in scripts/osd-font-lib.mjs so tests/font/osdFont.test.ts can re-run them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FONT_SOURCE, generateOsdFont } from './osd-font-lib.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkgDir = `${root}node_modules/${FONT_SOURCE.packageName}/`;
const outDir = `${root}public/fonts/`;

const { fnt, png, built } = generateOsdFont(readFileSync(pkgDir + FONT_SOURCE.file));
mkdirSync(outDir, { recursive: true });
writeFileSync(outDir + 'osd.fnt', fnt);
writeFileSync(outDir + 'osd.png', png);
writeFileSync(outDir + 'OFL.txt', readFileSync(pkgDir + 'LICENSE'));

const version = JSON.parse(readFileSync(pkgDir + 'package.json', 'utf8')).version;
console.log(
  `OSD font from ${FONT_SOURCE.packageName}@${version}: ${built.glyphs.length} glyphs, size ${built.size}, ` +
    `lineHeight ${built.lineHeight}, base ${built.base}, atlas ${built.atlas.width}x${built.atlas.height}, ` +
    `${built.kernings.length} kerning pairs -> public/fonts/osd.fnt, osd.png, OFL.txt`,
);
