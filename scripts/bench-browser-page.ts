/**
 * What the browser benchmark does inside the page (functions passed to page.evaluate, so each one is self-contained:
 * no imports, no closures over Node values). They read the OSD renderer's performance marks (osd/render/frameMarks.ts):
 * "osd:first-frame" once, "osd:frame" after every rendered frame (only the latest is kept in the timeline, so
 * FRAME_RECORDER, installed before the page's own scripts, keeps the times of all of them in window.__benchFrames).
 */

declare global {
  interface Window {
    __benchFrames?: number[];
  }
}

/**
 * Init script: records the time of every rendered OSD frame. It also defines __name, which tsx (esbuild keepNames)
 * wraps around the named functions inside the functions below when it compiles this file.
 */
export const FRAME_RECORDER = `
  globalThis.__name ??= (fn) => fn;
  window.__benchFrames = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'osd:frame') window.__benchFrames.push(entry.startTime);
  }).observe({ type: 'mark' });
`;

/** Milliseconds from navigation start to the first-frame mark, or null while there is none. */
export function firstFrameTime(): number | null {
  return performance.getEntriesByName('osd:first-frame', 'mark')[0]?.startTime ?? null;
}

/** Paths of the JavaScript files the page had fully received before its first frame, and of all it received. */
export function scriptsLoaded(): { beforeFirstFrame: string[]; all: string[] } {
  const firstFrame = performance.getEntriesByName('osd:first-frame', 'mark')[0]?.startTime ?? Infinity;
  const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) =>
    new URL(entry.name).pathname.endsWith('.js'),
  );
  const path = (entry: PerformanceResourceTiming) => new URL(entry.name).pathname;
  return {
    beforeFirstFrame: scripts.filter((entry) => entry.responseEnd <= firstFrame).map(path),
    all: scripts.map(path),
  };
}

/** Rendered OSD frames during the next `ms` milliseconds of doing nothing. */
export async function framesWhileIdle(ms: number): Promise<number> {
  const frames = window.__benchFrames ?? [];
  const start = performance.now();
  await new Promise((done) => setTimeout(done, ms));
  const end = performance.now();
  return frames.filter((time) => time > start && time <= end).length;
}

export type BenchInput = { kind: 'key'; key: string } | { kind: 'click'; label: string };

/**
 * Dispatches one input on the Recorder screen (a keydown on the screen, or a click on the overlay button with that
 * label) and waits for the next rendered OSD frame. Returns the milliseconds from the dispatch to the frame's mark,
 * and in which animation frame after the dispatch it was rendered (1 = the very next one). null: no frame within
 * 60 animation frames (the input changed nothing on screen).
 */
export async function inputToFrame(input: BenchInput): Promise<{ ms: number; frames: number } | null> {
  const screen = document.querySelector('[role="application"][aria-label="Recorder screen"]');
  if (!screen) throw new Error('bench: no Recorder screen on the page');
  const target =
    input.kind === 'key'
      ? screen
      : [...screen.querySelectorAll('button')].find((button) => button.textContent === input.label);
  if (!(target instanceof HTMLElement)) throw new Error(`bench: no button "${JSON.stringify(input)}" on screen`);
  // Animation frames, counted by a callback registered before the input: it runs first in each animation frame.
  const ticks: number[] = [];
  let counting = true;
  const tick = () => {
    ticks.push(performance.now());
    if (counting) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const dispatched = performance.now();
  if (input.kind === 'key') {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: input.key, bubbles: true, cancelable: true }));
  } else {
    target.click();
  }
  const rendered = await new Promise<number | null>((resolve) => {
    const check = () => {
      const mark = performance.getEntriesByName('osd:frame', 'mark').at(-1);
      if (mark && mark.startTime > dispatched) resolve(mark.startTime);
      else if (ticks.length > 60) resolve(null);
      else requestAnimationFrame(check);
    };
    check();
  });
  counting = false;
  if (rendered === null) return null;
  return { ms: rendered - dispatched, frames: ticks.filter((time) => time < rendered).length };
}
