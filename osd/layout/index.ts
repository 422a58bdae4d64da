/**
 * The OSD's pure half: fonts metrics, layout, the accessible overlay and hit testing. No pixi here, so it runs in
 * Node (tests) as well as in the browser. osd/index.ts re-exports it with the renderer.
 */
export {
  OSD_WIDTH,
  OSD_HEIGHT,
  OSD_FONT_URL,
  PALETTE,
  SCREENS,
  screenFor,
  type OsdResolution,
  type ScreenMetrics,
} from '../config';
export { parseFontMetrics, measureText, textYForCapTop, type FontMetrics } from '../font/fontMetrics';
export { layoutOsd, hitTest } from './layoutOsd';
export { displayScale } from './displayScale';
export type { OsdLayout, OverlayGroup, OverlayItem, Rect, DrawOp, Chunk } from './displayList';
