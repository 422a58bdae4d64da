/**
 * The OSD's public entry: the only module src/ imports from osd/. The OSD draws an OsdModel (from the firmware)
 * and lays out the accessible overlay; it holds no recorder state and decides nothing.
 */
export * from './layout/index';
export { loadFontMetrics } from './font/loadFontMetrics';
export { createOsdRenderer, type OsdRenderer } from './render/osdRenderer';
export { FIRST_FRAME_MARK, FRAME_MARK } from './render/frameMarks';
