/**
 * Model-based paths: xstate/graph's shortest paths to the recorder's states, replayed on the real firmware (real
 * hashing, a flash store, the world clock, injected failures). One path per kind of ending (the state reached and
 * the exact last event), so every state value and every kind of step is replayed at least once. The benchmark
 * (scripts/bench-firmware.ts) replays every path as a prefix tree through saved checkpoints; the last test here
 * checks that such a replay ends each path exactly where a replay from power-up does.
 */
import { describe, expect, it } from 'vitest';
import type { RecorderSnapshot } from '../../../firmware';
import { recorderShortestPaths, type RecorderPath } from './graph';
import { MODEL_CASES } from './recorderModel';
import { isReplayable, replay, replayTree } from './replay';

const endingOf = (path: RecorderPath): string => {
  const last = path.steps.at(-1)?.event;
  const event = JSON.stringify(last, (key, value: unknown) =>
    key === 'output' || key === 'error' || key === 'now' ? undefined : value,
  );
  return `${JSON.stringify(path.state.value)} after ${event}`;
};

function representativePaths(paths: RecorderPath[]): RecorderPath[] {
  const byEnding = new Map<string, RecorderPath>();
  for (const path of paths.filter(isReplayable)) {
    const known = byEnding.get(endingOf(path));
    if (!known || path.steps.length < known.steps.length) byEnding.set(endingOf(path), path);
  }
  return [...byEnding.values()];
}

describe.each(MODEL_CASES)('model-based paths on $modelId', (modelCase) => {
  const all = recorderShortestPaths(modelCase);
  const paths = representativePaths(all);

  it('replays a path to every state value the recorder can rest in', () => {
    const restingValues = new Set(
      all.filter((path) => !path.state.hasTag('busy')).map((path) => JSON.stringify(path.state.value)),
    );
    const replayed = new Set(paths.map((path) => JSON.stringify(path.state.value)));
    expect([...restingValues].filter((value) => !replayed.has(value))).toEqual([]);
    expect(restingValues.size).toBeGreaterThan(8);
  });

  /** Where each replay from power-up ended: the state value and the whole context (RAM, flash, hashes included). */
  const fromPowerUp = new Map<RecorderPath, string>();
  const ending = (snapshot: RecorderSnapshot) => JSON.stringify({ value: snapshot.value, context: snapshot.context });

  it.each(paths.map((path) => [path.steps.map((step) => step.event.type).join(' → '), path] as const))(
    'replays %s',
    async (_description, path) => {
      fromPowerUp.set(path, ending(await replay(modelCase, path)));
    },
  );

  // Runs after the replays above (tests of a file run in order) and compares with where they ended.
  it('ends every path in the same snapshot through restored checkpoints as from power-up', async () => {
    const viaTree = new Map<RecorderPath, string>();
    const stats = await replayTree(modelCase, paths, {
      onEnd: (path, snapshot) => viaTree.set(path, ending(snapshot)),
    });
    expect(stats.restores).toBeGreaterThan(0);
    expect(stats.steps).toBeLessThan(stats.stepsFromScratch);
    expect(viaTree.size).toBe(paths.length);
    expect(fromPowerUp.size).toBe(paths.length);
    for (const path of paths) expect(viaTree.get(path)).toBe(fromPowerUp.get(path));
  });
});
