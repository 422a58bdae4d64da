/**
 * Draws gallery screens: one OSD renderer (one WebGL context) captures every screen into its own 2D canvas, at
 * 1280x720 or 1920x1080. The models come from src/gallery/scenes.ts (the real firmware, driven); each is built once
 * per page and cached, and both resolutions share it (only `resolution` differs, as Display > Resolution does).
 */
import type { OsdModel } from '../../firmware';
import { layoutOsd, type OsdResolution } from '../../osd';
import { sharedFontMetrics, sharedOsdRenderer } from '../osd/sharedRenderer';
import type { Scene } from './scenes';

export const GALLERY_RESOLUTIONS: readonly OsdResolution[] = ['1280x720', '1920x1080'];

const models = new Map<string, Promise<OsdModel>>();

export function sceneModelOnce(scene: Scene): Promise<OsdModel> {
  let model = models.get(scene.id);
  if (!model) {
    model = scene.build();
    models.set(scene.id, model);
  }
  return model;
}

/** The screen `scene` drawn at `resolution`, as a new canvas of exactly that size. */
export async function drawScene(scene: Scene, resolution: OsdResolution): Promise<HTMLCanvasElement> {
  const [renderer, font, model] = await Promise.all([sharedOsdRenderer(), sharedFontMetrics(), sceneModelOnce(scene)]);
  return renderer.capture(layoutOsd({ ...model, resolution }, font));
}

/** A file name for a screen's PNG: recorder-screen_<profile>_<screen>_<resolution>.png */
export const pngName = (scene: Scene, resolution: OsdResolution): string =>
  `recorder-screen_${scene.profile}_${scene.screen}_${resolution}.png`;

/** Saves `canvas` as a PNG through a download link (no network: a blob URL of the page's own pixels). */
export function downloadPng(canvas: HTMLCanvasElement, fileName: string): void {
  canvas.toBlob((blob) => {
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }, 'image/png');
}
