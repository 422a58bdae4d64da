/**
 * A read-only window onto what the OSD renderer last drew, for the e2e tests (development server only): the layout
 * passed to renderer.draw() and the display scale. tests/e2e/overlayPlacement.spec.ts compares each overlay element
 * with the rectangle the renderer drew for it. The production build leaves it out.
 */
import type { OsdLayout } from '../../osd';

export interface OsdTestHook {
  /** The layout the renderer was last asked to draw. */
  readonly layout: OsdLayout;
  /** CSS pixels per OSD pixel. */
  readonly scale: number;
}

declare global {
  interface Window {
    __osd?: OsdTestHook;
  }
}

export function exposeDrawnLayout(layout: OsdLayout, scale: number): void {
  if (import.meta.env.DEV) window.__osd = { layout, scale };
}
