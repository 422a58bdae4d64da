/**
 * Building the recorder's graph (the shape and the shortest paths of xstate/graph, in one breadth-first walk), and
 * measuring which state nodes and transitions it exercises.
 */
import { getInitialMicrosteps, getMicrosteps, type AnyStateNode, type AnyTransitionDefinition } from 'xstate';
import { createEmptyActor } from 'xstate/actors';
import {
  getShortestPaths,
  type AdjacencyMap,
  type AdjacencyValue,
  type SerializedSnapshot,
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

/**
 * Outputs and errors are decided by the state (see BUSY_STATES), so an event's key is its type and payload. Only the
 * actors' outcome events (xstate.*) carry them; the others are serialized as they are (this runs for every edge).
 */
const serializeEvent = (event: ModelEvent): string =>
  event.type.startsWith('xstate.')
    ? JSON.stringify(event, (key, value: unknown) => (key === 'output' || key === 'error' ? undefined : value))
    : JSON.stringify(event);

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

/** The adjacency map with, for every vertex, the edge that first reached it in breadth-first order. */
interface Graph {
  readonly adjacency: RecorderAdjacency;
  /** Abstract state → the vertex it was first reached from and the event (null for the initial state). */
  readonly parents: Map<SerializedSnapshot, { readonly from: SerializedSnapshot; readonly event: ModelEvent } | null>;
}

/** What xstate/graph gives `transition` (its createMockActorScope): actions are resolved, never executed. */
function mockActorScope() {
  const self = createEmptyActor();
  const ignore = () => {};
  const scope = { self, system: self.system, id: '', sessionId: 'model', logger: ignore, defer: ignore };
  return { ...scope, stopChild: ignore, emit: ignore, actionExecutor: ignore } as never;
}

/**
 * Builds the graph once, the way xstate/graph's getAdjacencyMap does (breadth first; the first concrete snapshot of
 * each abstract state is the vertex; its events and their targets are its transitions, keyed by serializeEvent), but
 * names each snapshot once: the abstract state is cached per snapshot object (an ignored event returns the same
 * snapshot) and the shortest paths are found during the walk, so no snapshot is named twice.
 */
function buildGraph(modelCase: ModelCase): Graph {
  const { input, events, serializeState } = traversalOptions(modelCase);
  const names = new WeakMap<RecorderSnapshot, string>();
  const nameOf = (snapshot: RecorderSnapshot): SerializedSnapshot => {
    let name = names.get(snapshot);
    if (name === undefined) names.set(snapshot, (name = serializeState(snapshot)));
    return name as SerializedSnapshot;
  };
  const scope = mockActorScope();
  const start = recorderMachine.getInitialSnapshot(scope, input) as RecorderSnapshot;
  const adjacency: RecorderAdjacency = {};
  const parents: Graph['parents'] = new Map([[nameOf(start), null]]);
  const queue: RecorderSnapshot[] = [start];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const from = nameOf(state);
    if (adjacency[from]) continue;
    const transitions: Record<string, Edge> = {};
    adjacency[from] = { state, transitions };
    for (const event of events(state)) {
      const next = recorderMachine.transition(state as never, event as never, scope) as RecorderSnapshot;
      transitions[serializeEvent(event)] = { event, state: next };
      queue.push(next);
    }
    // Parents in the order getShortestPaths finds them: vertices breadth first, each vertex's distinct event keys.
    for (const edge of Object.values(transitions)) {
      const to = nameOf(edge.state);
      if (!parents.has(to)) parents.set(to, { from, event: edge.event });
    }
  }
  return { adjacency, parents };
}

/** The graph of `modelCase`, and one shortest path to each of its vertices. */
export function recorderGraph(modelCase: ModelCase): { adjacency: RecorderAdjacency; paths: RecorderPath[] } {
  const graph = buildGraph(modelCase);
  return { adjacency: graph.adjacency, paths: shortestPaths(graph) };
}

export function recorderAdjacency(modelCase: ModelCase): RecorderAdjacency {
  return buildGraph(modelCase).adjacency;
}

/**
 * One shortest path to every vertex, as xstate/graph's getShortestPaths gives them (same vertices, same events, in
 * breadth-first order; steps as alterPath shapes them: the first step is xstate.init). Each step's state is the
 * vertex's own snapshot (the one its events were computed from).
 */
export function recorderShortestPaths(modelCase: ModelCase): RecorderPath[] {
  return shortestPaths(buildGraph(modelCase));
}

function shortestPaths({ adjacency, parents }: Graph): RecorderPath[] {
  const stepsTo = new Map<SerializedSnapshot, RecorderPath['steps']>();
  const paths: RecorderPath[] = [];
  for (const [name, parent] of parents) {
    const state = adjacency[name]!.state;
    const steps: RecorderPath['steps'] = parent
      ? [...stepsTo.get(parent.from)!, { state, event: parent.event }]
      : [{ state, event: { type: 'xstate.init' } as never }];
    stepsTo.set(name, steps);
    paths.push({ state, steps, weight: steps.length - 1 });
  }
  return paths;
}

/** xstate/graph's own getShortestPaths with the same options, to check recorderShortestPaths against. */
export function xstateShortestPaths(modelCase: ModelCase): RecorderPath[] {
  return getShortestPaths(recorderMachine, traversalOptions(modelCase) as never) as unknown as RecorderPath[];
}

/**
 * A path as the model sees it: its events (without async outputs) and the abstract state it ends in. (Each path's
 * prefixes are paths of the same set, so equal descriptions of all paths mean equal states at every step.)
 */
export const describePath = (modelCase: ModelCase, path: RecorderPath): string =>
  `${path.steps.map((step) => serializeEvent(step.event)).join(' ')} → ${abstractState(path.state, modelCase.fixtures)}`;

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
