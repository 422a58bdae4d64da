/**
 * Scenarios in Node: open one headless at a step, and solve it with its own solution, checking as a lesson does that
 * each step's check is false before its solution and true after (the catalogue's proof, and the CLI's).
 */
import { runActions } from '../actions';
import { baselineOf } from '../checks';
import type { Scenario } from '../scenarioTypes';
import { buildScenarioStart, prepareScenario, type StartOptions } from '../startState';
import { HeadlessWorld } from './headlessWorld';

/** A headless world opened at the beginning of step `step` (0-based) of `scenario`. */
export async function openScenario(
  scenario: Scenario,
  options: StartOptions & { readonly step?: number },
): Promise<HeadlessWorld> {
  const start = await buildScenarioStart(scenario, options);
  const world = new HeadlessWorld(
    start,
    options.pbkdf2Iterations ? { pbkdf2Iterations: options.pbkdf2Iterations } : {},
  );
  await prepareScenario(world, start, scenario, options.step ?? 0);
  return world;
}

export interface StepOutcome {
  readonly step: number;
  readonly before: boolean;
  readonly after: boolean;
  /** Why the step's solution could not be run (then it is the last outcome). */
  readonly error?: string;
}

/**
 * Runs every step's solution from the scenario's start, recording whether its check held before and after. The
 * baseline is the start's, as in a lesson. A solution that cannot be run (a control not on screen) ends the run
 * with that step's outcome carrying the error.
 */
export async function solveScenario(scenario: Scenario, world: HeadlessWorld): Promise<StepOutcome[]> {
  const baseline = baselineOf(world.view());
  const outcomes: StepOutcome[] = [];
  for (const [index, step] of scenario.steps.entries()) {
    const before = step.check.holds(world.view(), baseline);
    try {
      await runActions(world, step.solution);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      outcomes.push({ step: index, before, after: false, error: message });
      return outcomes;
    }
    outcomes.push({ step: index, before, after: step.check.holds(world.view(), baseline) });
  }
  return outcomes;
}
