/**
 * Image content (outside/imageContent.ts): a raster image's first bytes match its type; an SVG is accepted only when it
 * is plain shapes and text. Each refusal below is an SVG that could run script or load something if it were ever
 * shown outside an <img>; each acceptance is a drawing a person or the world itself makes.
 */
import { describe, expect, it } from 'vitest';
import { imageContentProblem, SVG_NOT_PLAIN_MESSAGE, svgMarkupProblem } from '../../outside/imageContent';
import { receiptImage } from '../../outside/mail/receipt';

const base64 = (bytes: number[] | string) =>
  Buffer.from(typeof bytes === 'string' ? bytes : Uint8Array.from(bytes)).toString('base64');

describe('raster images', () => {
  it.each([
    ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]],
    ['image/jpeg', [0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]],
    ['image/gif', [...Buffer.from('GIF89a'), 1, 0, 1, 0]],
    ['image/webp', [...Buffer.from('RIFF'), 40, 0, 0, 0, ...Buffer.from('WEBPVP8 ')]],
  ])('accepts a %s whose first bytes are its signature', (type, bytes) => {
    expect(imageContentProblem(`data:${type};base64,${base64(bytes)}`, type)).toBeNull();
  });

  it.each([
    ['a PNG that is HTML', 'image/png', `data:image/png;base64,${base64('<html><script>x</script>')}`, /not a PNG/],
    [
      'a WebP that is another RIFF file',
      'image/webp',
      `data:image/webp;base64,${base64('RIFF\0\0\0\0WAVEfmt ')}`,
      /WebP/,
    ],
    ['a PNG that is not base64', 'image/png', 'data:image/png,%89PNG', /cannot be read/],
    ['a PNG of broken base64', 'image/png', 'data:image/png;base64,****', /cannot be read/],
    [
      'a data URL of another type',
      'image/png',
      `data:image/jpeg;base64,${base64([0xff, 0xd8, 0xff])}`,
      /cannot be read/,
    ],
    ['a type the simulator does not know', 'image/bmp', `data:image/bmp;base64,${base64('BM')}`, /cannot be read/],
  ])('refuses %s', (_case, type, dataUrl, message) => {
    expect(imageContentProblem(dataUrl, type)).toMatch(message);
  });
});

describe('SVG images', () => {
  it("accepts the world's own order receipt", () => {
    const receipt = receiptImage(
      { orderNumber: 'LX-1 <&>', purchaseDate: '2026-01-16', modelId: 'LNR6108', serialNumber: 'ND0123456789' },
      'receipt-1',
    );
    expect(imageContentProblem(receipt.dataUrl, receipt.mimeType)).toBeNull();
  });

  it('accepts shapes and text with an XML declaration, escaped text and self-closing tags', () => {
    const markup =
      '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9">' +
      '<g fill="#000"><circle cx="4" cy="4" r="3"/><path d="M0 0L9 9"/><text x="1" y=\'8\'>A &lt; B</text></g></svg>';
    expect(svgMarkupProblem(markup)).toBeNull();
    expect(imageContentProblem(`data:image/svg+xml;base64,${base64(markup)}`, 'image/svg+xml')).toBeNull();
  });

  it.each([
    ['a script element', '<svg><script>alert(1)</script></svg>'],
    ['a script in upper case', '<svg><SCRIPT>alert(1)</SCRIPT></svg>'],
    ['an event handler', '<svg onload="alert(1)"></svg>'],
    ['an event handler in single quotes', "<svg><rect onclick='alert(1)'/></svg>"],
    ['a link', '<svg><a href="javascript:alert(1)"><text>x</text></a></svg>'],
    ['an xlink:href on a shape', '<svg><rect xlink:href="https://example.com"/></svg>'],
    ['an embedded image', '<svg><image href="https://example.com/x.png"/></svg>'],
    ['foreign HTML', '<svg><foreignObject><iframe src="x"></iframe></foreignObject></svg>'],
    ['a style sheet', '<svg><style>rect{fill:url(https://example.com)}</style></svg>'],
    ['a style attribute', '<svg><rect style="fill:red"/></svg>'],
    ['an animation that sets an attribute', '<svg><set attributeName="href" to="javascript:alert(1)"/></svg>'],
    ['a doctype with entities', '<!DOCTYPE svg [<!ENTITY x "y">]><svg>&x;</svg>'],
    ['a CDATA section', '<svg><text><![CDATA[<script>]]></text></svg>'],
    ['a value that closes the tag early', '<svg><rect fill=">" onload="alert(1)"/></svg>'],
    ['an unclosed tag', '<svg><rect width="1"'],
  ])('refuses %s', (_case, markup) => {
    expect(svgMarkupProblem(markup)).toBe(SVG_NOT_PLAIN_MESSAGE);
    expect(imageContentProblem(`data:image/svg+xml,${encodeURIComponent(markup)}`, 'image/svg+xml')).toBe(
      SVG_NOT_PLAIN_MESSAGE,
    );
  });

  it('refuses markup that is not an SVG, and percent-encoding that does not decode', () => {
    expect(svgMarkupProblem('<html><body></body></html>')).toMatch(/cannot be read/);
    expect(imageContentProblem('data:image/svg+xml,%E0%A4%A', 'image/svg+xml')).toMatch(/cannot be read/);
  });
});
