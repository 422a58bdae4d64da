/**
 * The model-based path set for the firmware benchmark (scripts/bench-firmware.ts): for each MODEL_CASES entry,
 * generate the shortest paths (tests/firmware/model/graph.ts) and replay every replayable one on the real firmware as
 * a prefix tree (tests/firmware/model/replay.ts replayTree). The cases are independent: measurePathSet runs them in
 * worker threads, one case at a time per thread, largest first. Started as a worker, this module measures the cases
 * its parent sends (through scripts/bench-paths-worker.mjs, which loads tsx first).
 */
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { recorderShortestPaths } from '../tests/firmware/model/graph';
import { MODEL_CASES } from '../tests/firmware/model/recorderModel';
import { isReplayable, replayTree } from '../tests/firmware/model/replay';

export interface CaseFigures {
  readonly modelId: string;
  readonly paths: number;
  readonly replayed: number;
  /** Steps executed by the tree replay, and what replaying every path from power-up would execute. */
  readonly steps: number;
  readonly stepsFromScratch: number;
  readonly generateMs: number;
  readonly replayMs: number;
}

/** Generates and replays the path set of MODEL_CASES[index]; throws if any step disagrees with the model. */
export async function measureCase(index: number): Promise<CaseFigures> {
  const modelCase = MODEL_CASES[index]!;
  const started = performance.now();
  const paths = recorderShortestPaths(modelCase);
  const generateMs = performance.now() - started;
  const replayable = paths.filter(isReplayable);
  const replayStarted = performance.now();
  const { steps, stepsFromScratch } = await replayTree(modelCase, replayable);
  const replayMs = performance.now() - replayStarted;
  return {
    modelId: modelCase.modelId,
    paths: paths.length,
    replayed: replayable.length,
    steps,
    stepsFromScratch,
    generateMs,
    replayMs,
  };
}

/** Biggest graphs first, so the threads finish together (vertex counts as of this writing). */
const CASE_ORDER = ['LNR440', 'LNR6108', 'N863A63B'];
const byExpectedSize = (a: number, b: number) =>
  CASE_ORDER.indexOf(MODEL_CASES[a]!.modelId) - CASE_ORDER.indexOf(MODEL_CASES[b]!.modelId);

/** Measures every case on `threads` worker threads (1: in this thread); the wall-clock time covers all of them. */
export async function measurePathSet(threads: number): Promise<{ cases: CaseFigures[]; wallMs: number }> {
  const queue = MODEL_CASES.map((_, index) => index).sort(byExpectedSize);
  const cases: CaseFigures[] = [];
  const started = performance.now();
  if (threads <= 1) {
    for (const index of queue) cases.push(await measureCase(index));
    return { cases, wallMs: performance.now() - started };
  }
  const thread = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./bench-paths-worker.mjs', import.meta.url));
      const next = () => {
        const index = queue.shift();
        if (index === undefined) void worker.terminate().then(() => resolve());
        else worker.postMessage(index);
      };
      worker.on('message', (figures: CaseFigures) => {
        cases.push(figures);
        next();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (code === 0 || queue.length === 0 ? resolve() : reject(new Error(`exit ${code}`))));
      next();
    });
  await Promise.all(Array.from({ length: Math.min(threads, queue.length) }, thread));
  return { cases, wallMs: performance.now() - started };
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on('message', (index: number) => {
    void measureCase(index).then((figures) => port.postMessage(figures));
  });
}
