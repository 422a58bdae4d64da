/**
 * Opening a scenario in the browser: a new stored world made from the scenario's start (scenarios' buildScenarioStart,
 * the same recipe as a new world's), started paused, brought to the step asked for by replaying the solutions of the
 * steps before it (prepareScenario on the running session), then its lesson saved and the clock set going.
 */
import type { Scenario, ScenarioStartWorld } from '../../scenarios';
import { buildScenarioStart, prepareScenario, startLesson, withBaseline, baselineOf } from '../../scenarios';
import { WORLD_SCHEMA_VERSION, type WorldRecord } from '../storage/worldRecord';
import type { LessonRecord } from '../storage/lessonRecord';
import type { WorldSession } from './worldSession';
import type { LessonMode } from '../../scenarios';
import { sessionScenarioWorld } from './sessionScenarioWorld';

export interface ScenarioOpening {
  readonly scenario: Scenario;
  /** 0-based step to start at. */
  readonly step: number;
  readonly mode: LessonMode;
  readonly seed: number;
  readonly startTime: number;
  readonly speed: number;
  readonly embed: boolean;
}

export function scenarioWorldRecord(
  start: ScenarioStartWorld,
  options: { id: string; name: string; createdAt: number },
): WorldRecord {
  return {
    schemaVersion: WORLD_SCHEMA_VERSION,
    id: options.id,
    name: options.name,
    createdAt: options.createdAt,
    seed: start.seed,
    worldTime: start.startTime,
    recorder: { modelId: start.modelId, unit: start.unit, flash: start.flash, powerSwitchOn: true },
    usb: { inserted: false, stick: start.usbStick },
    cameras: start.cameras,
    outside: start.outside,
  };
}

export async function scenarioStart(opening: ScenarioOpening, pbkdf2Iterations?: number) {
  return buildScenarioStart(opening.scenario, {
    seed: opening.seed,
    startTime: opening.startTime,
    ...(pbkdf2Iterations ? { pbkdf2Iterations } : {}),
  });
}

/**
 * Brings the just-started `session` (paused) to the opening's step and returns its lesson. The baseline is the
 * scenario start's (read before any solution runs), so checks compare with the world as the scenario began.
 */
export async function prepareLesson(
  session: WorldSession,
  start: ScenarioStartWorld,
  opening: ScenarioOpening,
): Promise<LessonRecord> {
  const world = sessionScenarioWorld(session);
  session.setSpeed(0);
  const baseline = baselineOf(world.view());
  await prepareScenario(world, start, opening.scenario, opening.step);
  const progress = withBaseline(
    startLesson(opening.scenario, world.view(), { mode: opening.mode, step: opening.step }),
    baseline,
  );
  session.setSpeed(opening.speed);
  return {
    version: 1,
    opened: {
      scenarioId: opening.scenario.id,
      modelId: start.modelId,
      seed: opening.seed,
      startTime: start.startTime,
      speed: opening.speed,
      embed: opening.embed,
    },
    progress,
  };
}
