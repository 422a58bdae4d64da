/**
 * One OSD renderer for the page's lifetime, created on first use. React mounts and unmounts its canvas but never
 * creates or destroys the pixi Application, which avoids the StrictMode double-init/destroy race of pixi's async
 * init (pixijs#10331) and repeated WebGL contexts.
 */
// pixi's browser environment (events, DOM adapters), bundled with the app: pixi would otherwise fetch it as a
// separate chunk only once its init starts, a round trip in the middle of the first frame's critical path.
import 'pixi.js/browser';
import { createOsdRenderer, loadFontMetrics, type FontMetrics, type OsdRenderer } from '../../osd';

let renderer: Promise<OsdRenderer> | null = null;
let fontMetrics: Promise<FontMetrics> | null = null;

export function sharedOsdRenderer(): Promise<OsdRenderer> {
  renderer ??= createOsdRenderer();
  return renderer;
}

export function sharedFontMetrics(): Promise<FontMetrics> {
  fontMetrics ??= loadFontMetrics();
  return fontMetrics;
}

/**
 * Starts creating the renderer and loading the font at once (main.tsx calls it before the world is read from
 * IndexedDB): pixi's WebGL set-up is the longest step before the first frame. Failures are reported where the
 * renderer is used (Monitor), not here.
 */
export function prepareOsd(): void {
  sharedOsdRenderer().catch(() => undefined);
  sharedFontMetrics().catch(() => undefined);
}
