/**
 * Building the recorder's graph with xstate/graph, and measuring which state nodes and transitions it exercises.
 */
import { getInitialMicrosteps, getMicrosteps, type AnyStateNode, type AnyTransitionDefinition } from 'xstate';
import {
  getAdjacencyMap,
  getShortestPaths,
  type AdjacencyMap,
  type AdjacencyValue,
  type StatePath,
} from 'xstate/graph';
import type { RecorderSnapshot } from '../../../firmware';
import {
  abstractState,
  eventsFor,
  modelInput,
  recorderMachine,
  type ModelCase,
  type ModelEvent,
} from './recorderModel';

/** Outputs and errors are decided by the state (see BUSY_STATES), so an event's key is its type and payload. */
const serializeEvent = (event: ModelEvent): string =>
  JSON.stringify(event, (key, value: unknown) => (key === 'output' || key === 'error' ? undefined : value));

export function traversalOptions(modelCase: ModelCase) {
  return {
    input: modelInput(modelCase),
    events: (snapshot: RecorderSnapshot) => eventsFor(snapshot, modelCase.fixtures),
    serializeState: (snapshot: RecorderSnapshot) => abstractState(snapshot, modelCase.fixtures),
    serializeEvent,
  };
}

export type RecorderAdjacency = AdjacencyMap<RecorderSnapshot, ModelEvent>;
export interface Edge {
  readonly event: ModelEvent;
  readonly state: RecorderSnapshot;
}

/** The edges leaving a vertex of the adjacency map. */
export const edgesOf = (vertex: AdjacencyValue<RecorderSnapshot, ModelEvent>): Edge[] =>
  Object.values(vertex.transitions) as Edge[];
export type RecorderPath = StatePath<RecorderSnapshot, ModelEvent>;

export function recorderAdjacency(modelCase: ModelCase): RecorderAdjacency {
  return getAdjacencyMap(recorderMachine, traversalOptions(modelCase) as never) as unknown as RecorderAdjacency;
}

export function recorderShortestPaths(modelCase: ModelCase): RecorderPath[] {
  return getShortestPaths(recorderMachine, traversalOptions(modelCase) as never) as unknown as RecorderPath[];
}

/** Every state node of the machine. */
export function allStateNodes(): AnyStateNode[] {
  const nodes: AnyStateNode[] = [];
  const visit = (node: AnyStateNode) => {
    nodes.push(node);
    for (const child of Object.values(node.states)) visit(child as AnyStateNode);
  };
  visit(recorderMachine.root as AnyStateNode);
  return nodes;
}

/** Every transition defined in the machine: on events, on actor outcomes, and eventless (always). */
export function allTransitions(): AnyTransitionDefinition[] {
  return allStateNodes().flatMap((node) => [...[...node.transitions.values()].flat(), ...(node.always ?? [])]);
}

export function describeTransition(transition: AnyTransitionDefinition): string {
  const targets = (transition.target ?? []).map((node) => node.id).join(',') || '(no target)';
  const guard = transition.guard
    ? ` if ${JSON.stringify(transition.guard, (key, value: unknown) => (typeof value === 'function' ? 'fn' : value))}`
    : '';
  return `${transition.source.id} --${transition.eventType || '(always)'}--> ${targets}${guard}`;
}

/** Whether entering `node` passes through a transient (always) state by its initial states. */
function entersTransient(node: AnyStateNode): boolean {
  if (node.always) return true;
  const initial = node.initial?.target ?? [];
  return initial.some((child: AnyStateNode) => entersTransient(child));
}

/** The eventless transitions taken across `steps` (each transient state's chosen branch). */
export function alwaysTaken(steps: RecorderSnapshot[]): AnyTransitionDefinition[] {
  const taken: AnyTransitionDefinition[] = [];
  steps.forEach((step, index) => {
    const next = steps[index + 1];
    if (!next) return;
    for (const node of step._nodes as AnyStateNode[]) {
      const chosen = node.always?.find((transition) =>
        (transition.target ?? []).every((target) => (next._nodes as AnyStateNode[]).includes(target)),
      );
      if (chosen) taken.push(chosen);
    }
  });
  return taken;
}

/** The transitions a step takes: those selected for the event, then eventless ones through transient states. */
export function takenTransitions(snapshot: RecorderSnapshot, event: ModelEvent): AnyTransitionDefinition[] {
  const direct = recorderMachine.getTransitionData(snapshot as never, event as never) as AnyTransitionDefinition[];
  // Eventless transitions can follow when the event enters a transient state, or when it only changes the context of
  // a state whose own eventless guards may now hold (e.g. live view adding a camera that was just reported).
  const mayFollow =
    direct.some((transition) => (transition.target ?? []).some(entersTransient)) ||
    (snapshot._nodes as AnyStateNode[]).some((node) => node.always !== undefined);
  if (!mayFollow) return direct;
  const steps = getMicrosteps(recorderMachine, snapshot as never, event as never).map(
    ([next]) => next as RecorderSnapshot,
  );
  return [...direct, ...alwaysTaken(steps)];
}

export interface Coverage {
  readonly nodes: Set<AnyStateNode>;
  readonly transitions: Set<AnyTransitionDefinition>;
  readonly vertices: number;
}

/** What the whole graph of `modelCase` exercises. */
export function coverageOf(modelCase: ModelCase, adjacency: RecorderAdjacency): Coverage {
  const nodes = new Set<AnyStateNode>();
  const transitions = new Set<AnyTransitionDefinition>();
  const initialSteps = getInitialMicrosteps(recorderMachine, modelInput(modelCase)).map(
    ([next]) => next as RecorderSnapshot,
  );
  for (const transition of alwaysTaken(initialSteps)) transitions.add(transition);
  for (const step of initialSteps) for (const node of step._nodes as AnyStateNode[]) nodes.add(node);
  for (const vertex of Object.values(adjacency)) {
    for (const node of vertex.state._nodes as AnyStateNode[]) nodes.add(node);
    for (const { event } of edgesOf(vertex)) {
      for (const transition of takenTransitions(vertex.state, event)) transitions.add(transition);
    }
  }
  // Transient states never rest in a vertex; they are visited when one of their eventless transitions is taken.
  for (const transition of transitions) if (transition.eventType === '') nodes.add(transition.source);
  return { nodes, transitions, vertices: Object.keys(adjacency).length };
}
