/**
 * What a scenario's handout shows, without a DOM: per step its number, instruction, source and control, and the
 * recorder's screen (the OsdModel the OSD draws) at the step's beginning.
 *
 * CONTRACT: the screens come from the scenario run headless from one fixed start (HANDOUT_START: seed 1, the default
 * world start time) with its own solutions, so a handout is the same on every machine and on every print. Step n's
 * screen is what `openScenario(scenario, { ...HANDOUT_START, step: n - 1 })` shows (the world a lesson opens at that
 * step); the world is opened once and the steps are run in order, which gives the same states.
 * PBKDF2 runs at 1,000 iterations: the hashes are the practice world's own and never leave the page, and a full cost
 * would take seconds per hash on a phone.
 */
import { RECORDER_MODELS, rules, type OsdModel } from '../../firmware';
import {
  openScenario,
  runActions,
  type Scenario,
  type ScenarioControl,
  type ScenarioPlace,
  type StartOptions,
} from '../../scenarios';

export const HANDOUT_START: StartOptions = {
  seed: 1,
  startTime: rules.DEFAULT_WORLD_START_MS,
  pbkdf2Iterations: 1_000,
};

/** The bench's labels of the places (src/bench/places.ts), as a handout names them. */
export const PLACE_LABELS: Readonly<Record<ScenarioPlace, string>> = {
  recorder: 'Recorder',
  cameras: 'Cameras',
  website: 'Support Website',
  email: 'Email',
  app: 'Mobile App',
  desk: 'Support Desk',
};

export interface HandoutStep {
  /** 1-based, as printed ("Step 1"). */
  readonly number: number;
  readonly instruction: string;
  readonly source: string;
  readonly control: ScenarioControl;
  /** The recorder's screen as the step begins. */
  readonly osd: OsdModel;
}

/** "LNR6108: 8-channel 4K NVR (Lorex Cloud)" for each of the scenario's models, the pictured one first. */
export function modelLines(scenario: Scenario): string[] {
  return scenario.models.map((id) => `${id}: ${RECORDER_MODELS[id].description}`);
}

/** Every step of `scenario` with the screen at its beginning, on the scenario's first model. */
export async function handoutSteps(scenario: Scenario, start: StartOptions = HANDOUT_START): Promise<HandoutStep[]> {
  const world = await openScenario(scenario, { ...start, step: 0 });
  try {
    const steps: HandoutStep[] = [];
    for (const [index, step] of scenario.steps.entries()) {
      steps.push({
        number: index + 1,
        instruction: step.instruction,
        source: step.source,
        control: step.control,
        osd: world.view().osd,
      });
      await runActions(world, step.solution);
    }
    return steps;
  } finally {
    world.stop();
  }
}
