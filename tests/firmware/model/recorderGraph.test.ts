/**
 * The firmware model covers itself: the graph of every reachable (abstract) state, walked with xstate/graph for one
 * family with Device Initialization and one with default accounts, must visit every state node and take every
 * transition of the chart, and must keep the firmware's invariants in every state it reaches. A new state or
 * transition that no event can reach fails this test.
 */
import { describe, expect, it } from 'vitest';
import {
  allStateNodes,
  allTransitions,
  coverageOf,
  describeTransition,
  edgesOf,
  describePath,
  recorderGraph,
  xstateShortestPaths,
  type Coverage,
  type RecorderAdjacency,
} from './graph';
import { restoreFlash, type Flash } from '../../../firmware';
import { BUSY_STATES, MODEL_CASES } from './recorderModel';

/** The graph's transparent hashes ("plain:<password>") as hex, so the flash schema's other checks can run. */
const HEX_HASH = 'ab'.repeat(32);
const hexOf = (hash: string): string => (hash.startsWith('plain:') ? HEX_HASH : hash);
const withHexHashes = (flash: Flash): Flash => ({
  ...flash,
  users: flash.users.map((user) => ({ ...user, password: { ...user.password, hash: hexOf(user.password.hash) } })),
  securityQuestions: flash.securityQuestions.map((entry) => ({
    ...entry,
    answer: { ...entry.answer, hash: hexOf(entry.answer.hash) },
  })),
  channels: flash.channels.map((channel) => ({
    ...channel,
    credential: channel.credential === null ? null : hexOf(channel.credential),
  })),
});

const graphs = MODEL_CASES.map((modelCase) => {
  const { adjacency, paths } = recorderGraph(modelCase);
  return { modelCase, adjacency, paths, coverage: coverageOf(modelCase, adjacency) };
});

const union = (pick: (coverage: Coverage) => Set<unknown>) =>
  new Set(graphs.flatMap(({ coverage }) => [...pick(coverage)]));

describe('the firmware graph', () => {
  it('visits every state node', () => {
    const visited = union((coverage) => coverage.nodes);
    const missing = allStateNodes()
      .filter((node) => !visited.has(node))
      .map((node) => node.id);
    expect(missing).toEqual([]);
  });

  it('takes every transition of the chart', () => {
    const taken = union((coverage) => coverage.transitions);
    const missing = allTransitions()
      .filter((transition) => !taken.has(transition))
      .map(describeTransition);
    expect(missing).toEqual([]);
  });

  it('knows what every busy state is waiting for (so no async outcome goes unexplored)', () => {
    const busyLeaves = new Set(
      graphs.flatMap(({ adjacency }) =>
        Object.values(adjacency)
          .map((vertex) => vertex.state)
          .filter((snapshot) => snapshot.hasTag('busy'))
          .map((snapshot) => JSON.stringify(snapshot.value)),
      ),
    );
    for (const value of busyLeaves) {
      expect(
        BUSY_STATES.some((entry) => JSON.stringify(entry.state) === value),
        value,
      ).toBe(true);
    }
    expect(busyLeaves.size).toBe(BUSY_STATES.length);
  });

  it('finds the shortest paths xstate/graph finds (same order, events and states), on the smallest graph', () => {
    const smallest = graphs.reduce((a, b) => (b.paths.length < a.paths.length ? b : a));
    const ours = smallest.paths.map((path) => describePath(smallest.modelCase, path));
    const theirs = xstateShortestPaths(smallest.modelCase).map((path) => describePath(smallest.modelCase, path));
    expect(ours.length).toBe(Object.keys(smallest.adjacency).length);
    expect(ours).toEqual(theirs);
  }, 60_000); // xstate/graph over the whole chart: seconds on a loaded 2-core machine, not a timing assertion

  it('stays small enough to walk quickly', () => {
    for (const { coverage } of graphs) expect(coverage.vertices).toBeLessThan(6_000);
  });
});

describe.each(graphs)(
  'in every state reachable on $modelCase.modelId',
  ({ adjacency }: { adjacency: RecorderAdjacency }) => {
    const states = Object.values(adjacency).map((vertex) => vertex.state);

    it('opens the Main Menu only with a session, and the login only without one', () => {
      for (const snapshot of states) {
        if (snapshot.matches({ on: { running: { ready: 'menu' } } })) expect(snapshot.context.session).not.toBeNull();
        if (snapshot.matches({ on: { running: { ready: 'login' } } })) expect(snapshot.context.session).toBeNull();
      }
    });

    it('keeps typed passwords only while a dialog is open', () => {
      for (const snapshot of states) {
        const inDialog =
          snapshot.matches({ on: { running: 'deviceInit' } }) ||
          snapshot.matches({ on: { running: { ready: 'login' } } }) ||
          snapshot.matches({ on: { running: { ready: { menu: 'modifyUser' } } } }) ||
          // Dialogs with typed text of users and rights
          snapshot.matches({ on: { running: { ready: { menu: 'addUser' } } } }) ||
          snapshot.matches({ on: { running: { ready: 'passwordRecovery' } } });
        // The Date & Time page's fields (Date, Time) are menu-page fields and hold no password.
        const typed = Object.keys(snapshot.context.form.values).filter((control) => !control.startsWith('dateTime.'));
        if (!inDialog) expect(typed).toEqual([]);
      }
    });

    it('never lets a locked account in: no session starts for a user whose lock is running', () => {
      for (const vertex of Object.values(adjacency)) {
        for (const { event, state: next } of edgesOf(vertex)) {
          if (vertex.state.context.session === null && next.context.session !== null) {
            const user = next.context.session.userName;
            expect(
              (vertex.state.context.lockedUntil[user] ?? 0) <= vertex.state.context.now,
              JSON.stringify(event),
            ).toBe(true);
          }
        }
      }
    });

    it('keeps a flash that always reads back: every key within its schema (no over-long name, version, log line)', () => {
      for (const vertex of Object.values(adjacency)) {
        const restored = restoreFlash(withHexHashes(vertex.state.context.flash));
        expect(restored.ok ? 'ok' : restored.problem, JSON.stringify(vertex.state.value)).toBe('ok');
      }
    });

    it('changes flash only through a completed write', () => {
      for (const vertex of Object.values(adjacency)) {
        for (const { event, state: next } of edgesOf(vertex)) {
          if (next.context.flash !== vertex.state.context.flash)
            expect(event.type).toBe('xstate.done.actor.writeFlash');
        }
      }
    });
  },
);
