/**
 * Graph coverage for a small statechart (the cameras): walks every reachable abstract state with xstate/graph and
 * collects the state nodes visited and the transitions taken (event transitions, and the eventless ones a step passes
 * through), so a test can require all of them.
 */
import {
  getInitialMicrosteps,
  getMicrosteps,
  type AnyStateMachine,
  type AnyStateNode,
  type AnyTransitionDefinition,
  type EventFrom,
  type SnapshotFrom,
} from 'xstate';
import { getAdjacencyMap } from 'xstate/graph';
import { alwaysTaken as recorderAlwaysTaken } from '../model/graph';

export interface CoverageOptions<M extends AnyStateMachine> {
  readonly input: unknown;
  readonly events: (snapshot: SnapshotFrom<M>) => EventFrom<M>[];
  readonly serializeState: (snapshot: SnapshotFrom<M>) => string;
}

export interface MachineCoverage {
  readonly missingNodes: string[];
  readonly missingTransitions: string[];
  readonly vertices: number;
}

function allNodes(machine: AnyStateMachine): AnyStateNode[] {
  const nodes: AnyStateNode[] = [];
  const visit = (node: AnyStateNode) => {
    nodes.push(node);
    for (const child of Object.values(node.states)) visit(child as AnyStateNode);
  };
  visit(machine.root as AnyStateNode);
  return nodes;
}

const describe = (transition: AnyTransitionDefinition): string =>
  `${transition.source.id} --${transition.eventType || '(always)'}--> ${(transition.target ?? []).map((node) => node.id).join(',')}`;

/** The eventless transitions taken between consecutive microsteps (the recorder graph's helper, for any machine). */
const alwaysTaken = (steps: { _nodes: unknown }[]): AnyTransitionDefinition[] => recorderAlwaysTaken(steps as never);

export function machineCoverage<M extends AnyStateMachine>(machine: M, options: CoverageOptions<M>): MachineCoverage {
  const adjacency = getAdjacencyMap(machine, options as never);
  const nodes = new Set<AnyStateNode>();
  const transitions = new Set<AnyTransitionDefinition>();
  const initial = getInitialMicrosteps(machine, ...([options.input] as never)).map(
    ([snapshot]) => snapshot as { _nodes: unknown },
  );
  for (const transition of alwaysTaken(initial)) transitions.add(transition);
  for (const vertex of Object.values(adjacency)) {
    const snapshot = vertex.state as { _nodes: unknown };
    for (const node of snapshot._nodes as AnyStateNode[]) nodes.add(node);
    for (const { event } of Object.values(vertex.transitions) as { event: EventFrom<M> }[]) {
      for (const transition of machine.getTransitionData(vertex.state as never, event as never)) {
        transitions.add(transition as AnyTransitionDefinition);
      }
      const steps = [
        vertex.state,
        ...getMicrosteps(machine, vertex.state as never, event as never).map(([next]) => next),
      ] as { _nodes: unknown }[];
      for (const transition of alwaysTaken(steps)) transitions.add(transition);
    }
  }
  const all = allNodes(machine);
  return {
    missingNodes: all.filter((node) => !nodes.has(node)).map((node) => node.id),
    missingTransitions: all
      .flatMap((node) => [...[...node.transitions.values()].flat(), ...(node.always ?? [])])
      .filter((transition) => !transitions.has(transition))
      .map(describe),
    vertices: Object.keys(adjacency).length,
  };
}
