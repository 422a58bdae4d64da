/**
 * Model-based paths: xstate/graph's shortest paths to the recorder's states, replayed on the real firmware (real
 * hashing, a flash store, the world clock, injected failures). One path per kind of ending (the state reached and
 * the exact last event), so every state value and every kind of step is replayed at least once.
 */
import { describe, expect, it } from 'vitest';
import { recorderShortestPaths, type RecorderPath } from './graph';
import { MODEL_CASES } from './recorderModel';
import { isReplayable, replay } from './replay';

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

  it.each(paths.map((path) => [path.steps.map((step) => step.event.type).join(' → '), path] as const))(
    'replays %s',
    async (_description, path) => {
      await replay(modelCase, path);
    },
  );
});
