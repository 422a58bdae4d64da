/**
 * Photos taken in Node, where there are no pixels: an SVG of the text the photo shows (the values on the recorder's
 * screen, or the sticker's lines), plain shapes and text only, so the outside world's image checks accept it like
 * any upload. The browser takes real pictures instead (src/bench/photos/photoCapture.ts).
 */
import { valuesOf, type OsdModel, type UnitIdentity } from '../../firmware';

export interface PhotoImage {
  readonly dataUrl: string;
  readonly mimeType: 'image/svg+xml';
  readonly sizeBytes: number;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function textImage(lines: readonly string[]): PhotoImage {
  const height = 24 * lines.length + 16;
  const body = lines.map((line, index) => `<text x="8" y="${24 * index + 28}">${escape(line)}</text>`).join('');
  const markup = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="${height}"><rect width="640" height="${height}" fill="#ffffff"/>${body}</svg>`;
  const encoded = encodeURIComponent(markup);
  return { dataUrl: `data:image/svg+xml,${encoded}`, mimeType: 'image/svg+xml', sizeBytes: markup.length };
}

/** Whether the screen shows the unit's Device ID (Info, System Info): what makes a screen photo an Info photo. */
export const showsDeviceId = (osd: OsdModel): boolean => valuesOf(osd).some((value) => value.label === 'Device ID');

export const screenImage = (osd: OsdModel): PhotoImage =>
  textImage(valuesOf(osd).map((value) => `${value.label}: ${value.value}`));

export const stickerImage = (modelId: string, unit: UnitIdentity): PhotoImage =>
  textImage([`Model: ${modelId}`, `S/N: ${unit.serialNumber}`, `Device ID: ${unit.deviceId}`]);
