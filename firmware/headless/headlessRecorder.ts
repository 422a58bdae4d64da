/**
 * A recorder running headless (Node, or any JS runtime with WebCrypto): the firmware actor, a simulated world clock
 * that feeds it TICKs, and a flash store. This is the QA engineer's entry point (see README "From Node").
 *
 *   const recorder = createHeadlessRecorder({ modelId: 'LNR6108', seed: 7, pbkdf2Iterations: 1000 });
 *   recorder.send({ type: 'POWER_ON' }); recorder.advance(5_000); await recorder.settle();
 *   recorder.osdModel(); // what the screen shows
 */
import { createActor, waitFor, type Actor } from 'xstate';
import { recorderMachine } from '../recorder';
import type { RecorderEvent, RecorderInput } from '../machine/types';
import { MemoryFlashStore, writeFlashActor, type FlashStore } from '../persistence/flashStore';
import { SimulationClock } from '../sim/simulationClock';
import type { OsdModel } from '../view/osdModel';
import { snapshotToOsdModel, type RecorderSnapshot } from '../view/snapshotToOsdModel';
import { newRecorderInput, type NewRecorderOptions } from './newRecorder';

/** Longest a single piece of busy work (hashing, a flash write) may take before settle() gives up. */
export const SETTLE_TIMEOUT_MS = 30_000;

export interface HeadlessRecorderOptions extends NewRecorderOptions {
  /** A complete input (e.g. a saved flash); overrides the new-recorder options. */
  readonly input?: RecorderInput;
  readonly flashStore?: FlashStore;
  /** The world clock to run on (shared with other simulated devices); its time overrides the input's `now`. */
  readonly clock?: SimulationClock;
}

export interface HeadlessRecorder {
  readonly actor: Actor<typeof recorderMachine>;
  readonly clock: SimulationClock;
  readonly flashStore: FlashStore;
  send(event: RecorderEvent): void;
  /** Moves world time forward; the recorder receives one TICK with the new time. */
  advance(ms: number): void;
  /** Resolves when the recorder has finished its busy work (password hashing, flash writes). */
  settle(): Promise<RecorderSnapshot>;
  snapshot(): RecorderSnapshot;
  osdModel(): OsdModel;
  stop(): void;
}

export function createHeadlessRecorder(options: HeadlessRecorderOptions = {}): HeadlessRecorder {
  const given = options.input ?? newRecorderInput(options);
  const input = options.clock ? { ...given, now: options.clock.now() } : given;
  const flashStore = options.flashStore ?? new MemoryFlashStore();
  const clock = options.clock ?? new SimulationClock(input.now);
  const machine = recorderMachine.provide({ actors: { writeFlash: writeFlashActor(flashStore) } });
  const actor = createActor(machine, { input });
  const unsubscribe = clock.subscribe((now) => actor.send({ type: 'TICK', now }));
  actor.start();
  return {
    actor,
    clock,
    flashStore,
    send: (event) => actor.send(event),
    advance: (ms) => clock.advance(ms),
    settle: () => waitFor(actor, (snapshot) => !snapshot.hasTag('busy'), { timeout: SETTLE_TIMEOUT_MS }),
    snapshot: () => actor.getSnapshot(),
    osdModel: () => snapshotToOsdModel(actor.getSnapshot()),
    stop: () => {
      unsubscribe();
      actor.stop();
    },
  };
}
