/**
 * "Take photo" (docs/accessible-names.md): images the customer keeps in the simulator's photo roll and uploads to the support form.
 *
 * - screenPhoto: exactly what the OSD shows now, read from the renderer's canvas as PNG (OsdRenderer.capturePng).
 *   Its subject is 'info-screen' when the screen shows the unit's Device ID (Info, System Info), else 'other'.
 * - stickerPhoto: the drawn sticker (an <svg> on the page) rasterized to PNG at STICKER_PHOTO_SCALE, so any image
 *   upload accepts it.
 * Names carry the world time (never the wall clock): "screen-2026-03-02-0901.png", "sticker-2026-03-02-0901.png".
 */
import { snapshotToOsdModel, type RecorderSnapshot } from '../../../firmware';
import { type PhotoSubject } from '../../../outside';
import { sharedOsdRenderer } from '../../osd/sharedRenderer';

/** What OutsideWorldApi.addPhoto takes. */
export interface NewPhoto {
  readonly subject: PhotoSubject;
  readonly dataUrl: string;
  readonly mimeType: string;
  readonly sizeBytes: number;
  readonly name: string;
}

export const STICKER_PHOTO_SCALE = 2;

/** Bytes of the data a base64 data URL carries. */
export function dataUrlBytes(dataUrl: string): number {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/** "2026-03-02-0901" for a world time (UTC, like the simulated clock's display). */
export function photoStamp(worldTime: number): string {
  const iso = new Date(worldTime).toISOString();
  return `${iso.slice(0, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}`;
}

/** Whether anything in the model is a value labelled `label` (the Device ID on Info or System Info). */
function showsValue(node: unknown, label: string): boolean {
  if (Array.isArray(node)) return node.some((item) => showsValue(item, label));
  if (typeof node !== 'object' || node === null) return false;
  if ((node as { label?: unknown }).label === label && 'value' in node) return true;
  return Object.values(node).some((value) => showsValue(value, label));
}

export async function screenPhoto(snapshot: RecorderSnapshot, worldTime: number): Promise<NewPhoto> {
  const renderer = await sharedOsdRenderer();
  const dataUrl = renderer.capturePng();
  const subject: PhotoSubject = showsValue(snapshotToOsdModel(snapshot).layers, 'Device ID') ? 'info-screen' : 'other';
  return {
    subject,
    dataUrl,
    mimeType: 'image/png',
    sizeBytes: dataUrlBytes(dataUrl),
    name: `screen-${photoStamp(worldTime)}.png`,
  };
}

export async function stickerPhoto(svg: SVGSVGElement, worldTime: number): Promise<NewPhoto> {
  const markup = new XMLSerializer().serializeToString(svg);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  const width = svg.viewBox.baseVal.width || svg.width.baseVal.value;
  const height = svg.viewBox.baseVal.height || svg.height.baseVal.value;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * STICKER_PHOTO_SCALE);
  canvas.height = Math.round(height * STICKER_PHOTO_SCALE);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot make images.');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const dataUrl = canvas.toDataURL('image/png');
  return {
    subject: 'sticker',
    dataUrl,
    mimeType: 'image/png',
    sizeBytes: dataUrlBytes(dataUrl),
    name: `sticker-${photoStamp(worldTime)}.png`,
  };
}
