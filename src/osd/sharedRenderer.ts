/**
 * One OSD renderer for the page's lifetime, created on first use. React mounts and unmounts its canvas but never
 * creates or destroys the pixi Application, which avoids the StrictMode double-init/destroy race of pixi's async
 * init (pixijs#10331) and repeated WebGL contexts.
 */
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
