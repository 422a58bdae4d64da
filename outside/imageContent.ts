/**
 * Whether an image's data URL holds what its type says: stored and imported images are untrusted, and an upload's
 * type is only what the browser guessed from the file name. The places show images only through <img>, where an SVG
 * cannot run scripts; on top of that an SVG is accepted only when it is plain shapes and text, so a file with a
 * script, a link, a style sheet or embedded content never enters a world, whichever way it is later displayed.
 *
 * Raster images are checked by their signature (the first bytes), which costs the same for any size; an SVG is read
 * whole (the world's own SVGs, the order receipts, are a few kilobytes).
 */

const SIGNATURES: Readonly<Record<string, { readonly label: string; readonly matches: (bytes: string) => boolean }>> = {
  'image/png': { label: 'PNG', matches: (bytes) => bytes.startsWith('\x89PNG\r\n\x1a\n') },
  'image/jpeg': { label: 'JPEG', matches: (bytes) => bytes.startsWith('\xff\xd8\xff') },
  'image/gif': { label: 'GIF', matches: (bytes) => bytes.startsWith('GIF87a') || bytes.startsWith('GIF89a') },
  'image/webp': { label: 'WebP', matches: (bytes) => bytes.startsWith('RIFF') && bytes.slice(8, 12) === 'WEBP' },
};

const SVG_ELEMENTS = new Set([
  'svg',
  'g',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'path',
  'text',
  'tspan',
  'title',
  'desc',
]);
/** Presentation and geometry only: no event handlers (on…), no href, no style (which can load URLs). */
const SVG_ATTRIBUTE =
  /^(?:xmlns|version|id|class|width|height|viewBox|x|y|x1|y1|x2|y2|cx|cy|r|rx|ry|d|points|transform|fill|fill-opacity|stroke|stroke-width|stroke-opacity|opacity|font-family|font-size|font-weight|font-style|text-anchor|dominant-baseline)$/;

export const SVG_NOT_PLAIN_MESSAGE =
  'This SVG image holds more than shapes and text (scripts, links, styles or embedded content are not accepted): upload a PNG or JPEG instead.';
const NOT_READABLE_MESSAGE = 'The image data cannot be read (the file is damaged).';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 to one character per byte (U+0000-U+00FF); null if the text is not base64. */
function base64Bytes(text: string): string | null {
  const clean = text.replace(/=+$/, '');
  let bits = 0;
  let value = 0;
  let out = '';
  for (const char of clean) {
    const digit = BASE64.indexOf(char);
    if (digit < 0) return null;
    value = (value << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((value >> bits) & 0xff);
    }
  }
  return out;
}

/** The problem of an SVG document's markup, or null when it is plain shapes and text. */
export function svgMarkupProblem(markup: string): string | null {
  const body = markup.replace(/^\s*<\?xml[^?>]*\?>/, '');
  if (/^\s*<!/.test(body)) return SVG_NOT_PLAIN_MESSAGE; // a doctype (entities) or a comment before the drawing
  if (!/^\s*<svg[\s>]/.test(body)) return NOT_READABLE_MESSAGE;
  for (const tag of body.matchAll(/<([^>]*)>?/g)) {
    const inside = tag[1] ?? '';
    if (!tag[0].endsWith('>')) return SVG_NOT_PLAIN_MESSAGE;
    const match = /^\/?([A-Za-z][\w:.-]*)([\s\S]*?)\/?$/.exec(inside);
    if (!match || !SVG_ELEMENTS.has(match[1] ?? '')) return SVG_NOT_PLAIN_MESSAGE;
    const attributes = (match[2] ?? '').replace(/\s([^\s=]+)\s*=\s*(?:"[^"]*"|'[^']*')/g, (_all, name: string) =>
      SVG_ATTRIBUTE.test(name) ? '' : '\0',
    );
    if (attributes.trim() !== '') return SVG_NOT_PLAIN_MESSAGE;
  }
  return null;
}

/**
 * Why `dataUrl` is not an image of type `mimeType`, or null when it is. The type list itself (which types may be
 * uploaded at all) is outsideRules.ts's UPLOAD_IMAGE_TYPES; a type this file does not know is refused.
 */
export function imageContentProblem(dataUrl: string, mimeType: string): string | null {
  const comma = dataUrl.indexOf(',');
  if (!dataUrl.startsWith('data:') || comma < 0) return NOT_READABLE_MESSAGE;
  const header = dataUrl.slice(5, comma).split(';');
  if (header[0] !== mimeType) return NOT_READABLE_MESSAGE;
  const base64 = header.includes('base64');
  const signature = SIGNATURES[mimeType];
  if (signature) {
    const bytes = base64 ? base64Bytes(dataUrl.slice(comma + 1, comma + 1 + 16)) : null;
    if (bytes === null) return NOT_READABLE_MESSAGE;
    return signature.matches(bytes)
      ? null
      : `The file is not a ${signature.label} image (its content is something else).`;
  }
  if (mimeType !== 'image/svg+xml') return NOT_READABLE_MESSAGE;
  let markup: string | null;
  try {
    markup = base64 ? base64Bytes(dataUrl.slice(comma + 1)) : decodeURIComponent(dataUrl.slice(comma + 1));
  } catch {
    markup = null;
  }
  return markup === null ? NOT_READABLE_MESSAGE : svgMarkupProblem(markup);
}
