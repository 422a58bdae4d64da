/**
 * Performance marks the OSD renderer sets, for `npm run bench` (scripts/bench-browser.ts) and anyone profiling:
 *   osd:first-frame  once, after the first frame that shows a layout (not an empty stage)
 *   osd:frame        after every rendered frame; detail = the frame count so far
 * Only the latest osd:frame stays in the performance timeline (the previous one is cleared first), so an open tab
 * never accumulates entries; a PerformanceObserver still sees every one. Cost: one mark per rendered frame.
 */
export const FIRST_FRAME_MARK = 'osd:first-frame';
export const FRAME_MARK = 'osd:frame';

/** Called by the renderer right after it rendered frame number `frameCount` (1-based). */
export function markFrame(frameCount: number, showsLayout: boolean): void {
  if (showsLayout && performance.getEntriesByName(FIRST_FRAME_MARK, 'mark').length === 0) {
    performance.mark(FIRST_FRAME_MARK, { detail: frameCount });
  }
  performance.clearMarks(FRAME_MARK);
  performance.mark(FRAME_MARK, { detail: frameCount });
}
