/**
 * Replays paths of the model graph on the real firmware: real PBKDF2, a real (memory) flash store, the world clock.
 * Async outcomes in a path (done/error events) are not sent: the real actors produce them. An error outcome is
 * injected into the real actor before the step that starts it. After every step the recorder must be where the
 * path says (the same abstract state).
 *
 * - replay(modelCase, path): one path from power-up, step by step.
 * - replayTree(modelCase, paths): many paths as a prefix tree, depth first. Shortest paths share long prefixes; each
 *   edge of the tree (a step of one or more paths) is executed and checked once. Where the tree branches the
 *   recorder is at rest (never busy: a step ends when its async work is done), and the Replayer saves a Checkpoint
 *   (the actor's persisted snapshot, the clock, the flash store, the injected faults, the hashes made so far) that
 *   each further branch restores instead of replaying the prefix again.
 */
import { createActor, fromPromise, waitFor, type Actor, type Snapshot } from 'xstate';
import {
  MemoryFlashStore,
  recorderMachine,
  SimulationClock,
  type Flash,
  type PasswordHash,
  type RecorderEvent,
  type RecorderSnapshot,
} from '../../../firmware';
import type { HashRequest } from '../../../firmware/machine/features/flash/setup';
import { hashPassword, verifyPassword } from '../../../firmware/security/passwordHash';
import { checkTemporaryPassword, type TemporaryPasswordRequest } from '../../../firmware/security/temporaryPassword';
import type { RecorderPath } from './graph';
import { abstractState, modelInput, type InvokeId, type ModelCase, type ModelEvent } from './recorderModel';

const isOutcome = (event: ModelEvent): boolean => event.type.startsWith('xstate.');
const WAIT_TIMEOUT_MS = 10_000;

/**
 * Whether the path can be replayed step by step: the recorder is never left busy when a person acts (a power cut
 * in the middle of a write is covered by the graph, not replayed) and the path does not end while it works.
 */
export function isReplayable(path: RecorderPath): boolean {
  return path.steps.every((step, index) => {
    const next = path.steps[index + 1];
    return !step.state.hasTag('busy') || (next !== undefined && isOutcome(next.event));
  });
}

/** What a person does (one event), the async outcomes it leads to, and the state the model expects after them. */
export interface RealStep {
  readonly event: RecorderEvent;
  /** Actors whose outcome in the path is an error: the failure is injected before the event is sent. */
  readonly faults: readonly InvokeId[];
  readonly expected: RecorderSnapshot;
}

/** A path's steps as the firmware takes them: each event with the outcomes that follow it. */
export function realSteps(path: RecorderPath): RealStep[] {
  const steps = path.steps.slice(1); // the first step is xstate.init
  const real: RealStep[] = [];
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index]!;
    if (isOutcome(step.event)) continue;
    const faults: InvokeId[] = [];
    let last = index;
    while (steps[last + 1] && isOutcome(steps[last + 1]!.event)) {
      last += 1;
      const outcome = steps[last]!.event;
      if (outcome.type.startsWith('xstate.error.actor.'))
        faults.push(outcome.type.slice('xstate.error.actor.'.length) as InvokeId);
    }
    real.push({ event: step.event as RecorderEvent, faults, expected: steps[last]!.state });
  }
  return real;
}

/** Everything a replay holds between steps, at rest: restoring it continues exactly where it was saved. */
export interface Checkpoint {
  readonly snapshot: Snapshot<unknown>;
  readonly now: number;
  readonly faults: ReadonlySet<InvokeId>;
  readonly passwords: ReadonlyMap<string, string>;
  readonly written: Flash | null;
  readonly writes: number;
}

/** One recorder on the real firmware, driven step by step, that can be saved at rest and restored. */
export class Replayer {
  private faults = new Set<InvokeId>();
  /** Real hashes made during the replay, to tell which fixture password a stored hash is. */
  private passwords = new Map<string, string>();
  private readonly store = new MemoryFlashStore();
  private readonly input;
  private readonly machine;
  private clock: SimulationClock;
  private actor: Actor<typeof recorderMachine>;

  constructor(private readonly modelCase: ModelCase) {
    const failIfInjected = (actor: InvokeId) => {
      if (this.faults.delete(actor)) throw new Error(`injected ${actor} failure`);
    };
    this.machine = recorderMachine.provide({
      actors: {
        hashPasswords: fromPromise<PasswordHash[], { requests: readonly HashRequest[]; iterations: number }>(
          async ({ input }) => {
            failIfInjected('hashPasswords');
            const hashes: PasswordHash[] = [];
            for (const request of input.requests) {
              const hash = await hashPassword(request.password, request.salt, input.iterations);
              this.passwords.set(hash.hash, request.password);
              hashes.push(hash);
            }
            return hashes;
          },
        ),
        verifyPassword: fromPromise<boolean, { password: string; record: PasswordHash | undefined }>(
          async ({ input }) => {
            failIfInjected('verifyPassword');
            return input.record ? verifyPassword(input.password, input.record) : false;
          },
        ),
        checkTemporaryPassword: fromPromise<boolean, TemporaryPasswordRequest & { typed: string }>(
          async ({ input }) => {
            failIfInjected('checkTemporaryPassword');
            return checkTemporaryPassword(input);
          },
        ),
        writeFlash: fromPromise<void, { flash: Flash }>(async ({ input }) => {
          failIfInjected('writeFlash');
          await this.store.write(input.flash);
        }),
      },
    });
    this.input = modelInput(modelCase);
    [this.clock, this.actor] = this.run(this.input.now, undefined);
  }

  private run(now: number, snapshot: Snapshot<unknown> | undefined): [SimulationClock, Actor<typeof recorderMachine>] {
    const clock = new SimulationClock(now);
    const actor = createActor(this.machine, snapshot ? { snapshot, input: this.input } : { input: this.input });
    clock.subscribe((time) => actor.send({ type: 'TICK', now: time }));
    actor.start();
    return [clock, actor as unknown as Actor<typeof recorderMachine>];
  }

  snapshot(): RecorderSnapshot {
    return this.actor.getSnapshot();
  }

  /** Sends the step's event (after injecting its faults), waits until the recorder rests, and checks where it is. */
  async step(step: RealStep, where: string): Promise<void> {
    for (const fault of step.faults) this.faults.add(fault);
    if (step.event.type === 'TICK') this.clock.advance(step.event.now - this.clock.now());
    else this.actor.send(step.event);
    const real = await waitFor(this.actor, (snapshot) => !snapshot.hasTag('busy'), { timeout: WAIT_TIMEOUT_MS });
    const { fixtures } = this.modelCase;
    const reached = abstractState(real, fixtures, (record) => this.passwords.get(record.hash) ?? '(unknown)');
    const modelled = abstractState(step.expected, fixtures);
    if (reached !== modelled) {
      throw new Error(`${where}: the firmware is at\n${reached}\nbut the model expected\n${modelled}`);
    }
  }

  /** Saves the replay at rest; a recorder that is busy or runs a child actor cannot be saved. */
  save(): Checkpoint {
    const snapshot = this.actor.getSnapshot();
    if (snapshot.hasTag('busy') || Object.keys(snapshot.children).length > 0 || snapshot.status !== 'active')
      throw new Error(`cannot save a replay that is not at rest: ${JSON.stringify(snapshot.value)}`);
    return {
      snapshot: this.actor.getPersistedSnapshot(),
      now: this.clock.now(),
      faults: new Set(this.faults),
      passwords: new Map(this.passwords),
      written: this.store.written,
      writes: this.store.writes,
    };
  }

  /** Continues from `checkpoint` with a new actor on the saved snapshot (the current one is stopped). */
  restore(checkpoint: Checkpoint): void {
    this.actor.stop();
    this.faults = new Set(checkpoint.faults);
    this.passwords = new Map(checkpoint.passwords);
    this.store.written = checkpoint.written;
    this.store.writes = checkpoint.writes;
    [this.clock, this.actor] = this.run(checkpoint.now, checkpoint.snapshot);
  }

  stop(): void {
    this.actor.stop();
  }
}

const describeStep = (step: RealStep, index: number, total: number) =>
  `after ${JSON.stringify(step.event)} (step ${index + 1} of ${total})`;

/** Replays `path` from power-up; resolves with the recorder's last snapshot. */
export async function replay(modelCase: ModelCase, path: RecorderPath): Promise<RecorderSnapshot> {
  const replayer = new Replayer(modelCase);
  try {
    const steps = realSteps(path);
    for (const [index, step] of steps.entries()) await replayer.step(step, describeStep(step, index, steps.length));
    return replayer.snapshot();
  } finally {
    replayer.stop();
  }
}

interface TreeNode {
  /** The paths that end here. */
  readonly ends: RecorderPath[];
  readonly children: Map<string, TreeEdge>;
}
interface TreeEdge {
  readonly step: RealStep;
  /** The events from power-up to this edge, for messages. */
  readonly trail: readonly string[];
  readonly node: TreeNode;
}

const stepKey = (step: RealStep): string => JSON.stringify([step.event, step.faults]);

function prefixTree(paths: readonly RecorderPath[]): TreeNode {
  const root: TreeNode = { ends: [], children: new Map() };
  for (const path of paths) {
    let node = root;
    let trail: readonly string[] = [];
    for (const step of realSteps(path)) {
      const key = stepKey(step);
      trail = [...trail, `${JSON.stringify(step.event)}${step.faults.map((fault) => ` (${fault} fails)`).join('')}`];
      let edge = node.children.get(key);
      if (!edge) node.children.set(key, (edge = { step, trail, node: { ends: [], children: new Map() } }));
      node = edge.node;
    }
    node.ends.push(path);
  }
  return root;
}

export interface TreeReplayStats {
  /** Steps executed (edges of the prefix tree) and what replaying every path from power-up would execute. */
  readonly steps: number;
  readonly stepsFromScratch: number;
  readonly restores: number;
}

export interface TreeReplayOptions {
  /** Called with each path's last real snapshot. */
  readonly onEnd?: (path: RecorderPath, snapshot: RecorderSnapshot) => void;
}

/**
 * Replays every path of `paths` (each must be replayable) as a prefix tree, depth first: every step of every path is
 * executed and checked, shared prefixes once. At a branch the recorder saves a checkpoint and follows the first
 * child; the other children wait on a stack with that checkpoint, and each is restored from it in turn. (Several
 * recorders replaying branches at once were measured no faster: the work is the firmware's, on one thread.)
 */
export async function replayTree(
  modelCase: ModelCase,
  paths: readonly RecorderPath[],
  { onEnd }: TreeReplayOptions = {},
): Promise<TreeReplayStats> {
  const root = prefixTree(paths);
  const replayer = new Replayer(modelCase);
  const pending: { checkpoint: Checkpoint; edge: TreeEdge }[] = [];
  let steps = 0;
  let restores = 0;
  const branch = (node: TreeNode): TreeEdge | undefined => {
    for (const path of node.ends) onEnd?.(path, replayer.snapshot());
    const [first, ...others] = node.children.values();
    if (others.length > 0) {
      const checkpoint = replayer.save();
      for (const edge of others.reverse()) pending.push({ checkpoint, edge });
    }
    return first;
  };
  try {
    for (let edge = branch(root); edge;) {
      const where = `${describeStep(edge.step, edge.trail.length - 1, edge.trail.length)}: ${edge.trail.join(' → ')}`;
      await replayer.step(edge.step, where);
      steps += 1;
      edge = branch(edge.node);
      const next = edge ? undefined : pending.pop();
      if (next) {
        replayer.restore(next.checkpoint);
        restores += 1;
        edge = next.edge;
      }
    }
  } finally {
    replayer.stop();
  }
  const stepsFromScratch = paths.reduce((sum, path) => sum + realSteps(path).length, 0);
  return { steps, stepsFromScratch, restores };
}
