/**
 * A scenario's start: the world a new scenario opens in, as plain data that the browser stores as a world record and
 * Node runs headless. It is a new world (newWorldRecord's recipe: the unit from the seed, the downloaded firmware
 * on the USB stick, the world's cameras, the customer's outside world) whose recorder flash comes from the scenario's
 * recorder preset and whose outside world is changed by its world preset.
 *
 * Opening a scenario is then: start that world, let START_SETTLE_MS pass (the recorder and its IP cameras have
 * started), send the preset's RAM-only events (a lockout), and replay the solutions of the steps before the one
 * asked for (prepareScenario). Everything is deterministic: the same scenario, seed and start time give the same
 * world at every step.
 */
import {
  buildPreset,
  downloadStick,
  IP_CAMERA_BOOT_MS,
  newRecorderInput,
  newWorldCameras,
  type Flash,
  type RecorderEvent,
  type RecorderModelId,
  type SiteCameraRecord,
  type UnitIdentity,
  type UsbStick,
} from '../firmware';
import { createOutsideWorld, newWorldOutside, outsideRules, type OutsideWorldState } from '../outside';
import { runActions } from './actions';
import type { Scenario, WorldPresetId } from './scenarioTypes';
import type { ScenarioWorld } from './scenarioWorld';

/** How long after power-up a scenario begins: the recorder has booted and its IP cameras have started. *invented* */
export const START_SETTLE_MS = IP_CAMERA_BOOT_MS;

export interface ScenarioStartWorld {
  readonly modelId: RecorderModelId;
  /** The world seed (unsigned 32-bit). */
  readonly seed: number;
  /** World time at power-up (whole seconds). */
  readonly startTime: number;
  readonly unit: UnitIdentity;
  readonly flash: Flash;
  /** The download stick, out of the port. */
  readonly usbStick: UsbStick;
  readonly cameras: readonly SiteCameraRecord[];
  readonly outside: OutsideWorldState;
  /** The recorder preset's RAM-only events, sent after START_SETTLE_MS. */
  readonly afterBoot: readonly RecorderEvent[];
}

export interface StartOptions {
  readonly seed: number;
  readonly startTime: number;
  /** PBKDF2 cost of every hash (preset, customer); only ever lowered by tests. */
  readonly pbkdf2Iterations?: number;
  /** A model of the scenario's `models` (default: its first). */
  readonly modelId?: RecorderModelId;
}

const WORLD_PRESETS: Readonly<
  Record<WorldPresetId, (state: OutsideWorldState, now: number, iterations?: number) => Promise<OutsideWorldState>>
> = {
  newWorld: async (state) => state,
  /** The customer is logged in to the mobile app (P4, P5 by app, P9). */
  appSignedIn: async (state, now, iterations) => {
    const world = createOutsideWorld({
      state,
      now,
      persist: async () => {},
      ...(iterations ? { pbkdf2Iterations: iterations } : {}),
    });
    const result = await world.appLogIn({ email: state.account.email, password: outsideRules.CUSTOMER.password });
    if (!result.ok) throw new Error('The practice account did not log in to the app.');
    return world.state;
  },
};

export async function buildScenarioStart(scenario: Scenario, options: StartOptions): Promise<ScenarioStartWorld> {
  const modelId = options.modelId ?? scenario.models[0];
  if (!modelId || !scenario.models.includes(modelId)) {
    throw new Error(`Scenario ${scenario.id} is for ${scenario.models.join(', ')}, not ${String(options.modelId)}.`);
  }
  const seed = options.seed >>> 0;
  const startTime = Math.floor(options.startTime / 1000) * 1000;
  const iterations = options.pbkdf2Iterations;
  const cost = iterations !== undefined ? { pbkdf2Iterations: iterations } : {};
  const input = newRecorderInput({ modelId, seed, now: startTime });
  const preset = await buildPreset(scenario.start.recorder, { modelId, seed, now: startTime, ...cost });
  const outside = await newWorldOutside({ modelId, unit: input.unit, seed, now: startTime }, iterations);
  return {
    modelId,
    seed,
    startTime,
    unit: input.unit,
    flash: preset.flash,
    usbStick: downloadStick(modelId),
    cameras: newWorldCameras(modelId, seed),
    outside: await WORLD_PRESETS[scenario.start.world](outside, startTime, iterations),
    afterBoot: preset.afterBoot,
  };
}

/**
 * Brings a world just started from `start` to the beginning of step `step` (0-based): START_SETTLE_MS pass, the
 * preset's events, then the solutions of steps 0..step-1.
 */
export async function prepareScenario(
  world: ScenarioWorld,
  start: Pick<ScenarioStartWorld, 'afterBoot'>,
  scenario: Scenario,
  step: number,
): Promise<void> {
  world.advance(START_SETTLE_MS);
  await world.settle();
  for (const event of start.afterBoot) {
    world.sendToRecorder(event);
    await world.settle();
  }
  for (const done of scenario.steps.slice(0, step)) await runActions(world, done.solution);
}
