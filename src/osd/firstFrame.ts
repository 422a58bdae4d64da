/**
 * When the OSD has shown its first frame: what is not needed for it (the places other than the Recorder) loads
 * after it, so the first frame waits for as little JavaScript as possible (README.md (Performance), `npm run bench`).
 *
 * The signal is the renderer's "osd:first-frame" performance mark (osd/render/frameMarks.ts). The promise also
 * resolves when the renderer cannot start (the page must work without its screen) and after FALLBACK_MS at the
 * latest (a background tab renders no frames until it is shown).
 */
import { FIRST_FRAME_MARK } from '../../osd';
import { sharedOsdRenderer } from './sharedRenderer';

const FALLBACK_MS = 3_000;

let shown: Promise<void> | null = null;

export function afterFirstOsdFrame(): Promise<void> {
  shown ??= new Promise<void>((resolve) => {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(FIRST_FRAME_MARK).length > 0) done();
    });
    const timer = setTimeout(() => done(), FALLBACK_MS);
    function done() {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    }
    observer.observe({ type: 'mark', buffered: true });
    sharedOsdRenderer().catch(done);
  });
  return shown;
}
