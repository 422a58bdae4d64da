/**
 * `recorder-sim scenarios`: the catalogue from the command line. Without ids it lists the scenarios (id, path,
 * family, models, steps, title); `scenarios solve <id…|all>` solves each headless from its start with its own
 * solution and checks, as the lessons do, that every step's check is false before its solution and true after.
 */
import { openScenario, SCENARIOS, scenarioById, solveScenario, type Scenario } from '../scenarios';

/** One scenario as `scenarios` lists it. */
export interface ListedScenario {
  readonly id: string;
  readonly path: string;
  readonly family: string;
  readonly models: readonly string[];
  readonly steps: number;
  readonly title: string;
}

/** What solving one scenario gave: passed, or the first step that went wrong and how. */
export interface SolveResult {
  readonly id: string;
  readonly passed: boolean;
  readonly steps: number;
  /** The first failing step (1-based) and why; absent when passed. */
  readonly failure?: { readonly step: number; readonly reason: string };
}

export interface SolveOptions {
  readonly seed: number;
  readonly startTime: number;
  /** PBKDF2 cost of the recorder's hashes (default: the firmware's own). */
  readonly pbkdf2Iterations?: number;
}

export function listScenarios(scenarios: readonly Scenario[] = SCENARIOS): ListedScenario[] {
  return scenarios.map(({ id, path, family, models, steps, title }) => ({
    id,
    path,
    family,
    models,
    steps: steps.length,
    title,
  }));
}

/** The scenarios `ids` name ("all": every one), or the ids that name none. */
export function pickScenarios(ids: readonly string[]): { scenarios: Scenario[]; unknown: string[] } {
  if (ids.includes('all')) return { scenarios: [...SCENARIOS], unknown: [] };
  const unknown = ids.filter((id) => !scenarioById(id));
  return { scenarios: ids.flatMap((id) => scenarioById(id) ?? []), unknown };
}

export async function solveOne(scenario: Scenario, options: SolveOptions): Promise<SolveResult> {
  const steps = scenario.steps.length;
  const world = await openScenario(scenario, options);
  try {
    const outcomes = await solveScenario(scenario, world);
    const wrong = outcomes.find((outcome) => outcome.before || !outcome.after);
    if (!wrong) return { id: scenario.id, passed: true, steps };
    const says = scenario.steps[wrong.step]?.check.says ?? '';
    const reason =
      wrong.error !== undefined
        ? `its solution could not be run: ${wrong.error}`
        : wrong.before
          ? `its check ("${says}") already held before its solution`
          : `its check ("${says}") did not hold after its solution`;
    return { id: scenario.id, passed: false, steps, failure: { step: wrong.step + 1, reason } };
  } finally {
    world.stop();
  }
}
