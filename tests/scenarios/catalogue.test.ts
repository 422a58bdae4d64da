/**
 * The scenario catalogue proves itself: it validates, it covers every path of every family of the profile table,
 * and every scenario is solved by its own solution from its start state, each step's check false before its
 * solution and true after.
 */
import { describe, expect, it } from 'vitest';
import { PROFILES, RECORDER_MODELS, type ProfileId } from '../../firmware';
import {
  CatalogueError,
  familyPaths,
  openScenario,
  SCENARIOS,
  scenarioById,
  solveScenario,
  validateCatalogue,
  WORLD_PATHS,
} from '../../scenarios';

const START = Date.UTC(2026, 2, 2, 9);
const FAST = { seed: 7, startTime: START, pbkdf2Iterations: 1_000 } as const;

describe('the scenario catalogue', () => {
  it('has a scenario for every path × family of the profile table, and for the camera and account paths', () => {
    const missing: string[] = [];
    for (const family of Object.keys(PROFILES) as ProfileId[]) {
      for (const path of [...PROFILES[family].resetPaths, ...WORLD_PATHS]) {
        const applies =
          path !== 'P8' || Object.values(RECORDER_MODELS).some((m) => m.profile === family && m.cameraInputs === 'poe');
        if (applies && !SCENARIOS.some((s) => s.family === family && s.path === path))
          missing.push(`${path} × ${family}`);
      }
    }
    expect(missing).toEqual([]);
    expect(SCENARIOS.every((s) => familyPaths(s.family).includes(s.path))).toBe(true);
  });

  it('gives every scenario models of its own family, and a start the profile allows', () => {
    for (const scenario of SCENARIOS) {
      for (const model of scenario.models) expect(RECORDER_MODELS[model].profile).toBe(scenario.family);
    }
    expect(scenarioById('p2-cloud')?.models[0]).toBe('LNR6108');
    expect(scenarioById('p8-home')?.models).toEqual(['N841A81']);
    expect(scenarioById('p7-app')?.models).toEqual(['N863A63B']);
    expect(scenarioById('nope')).toBeNull();
  });

  it('refuses a broken catalogue, naming the scenario and the field', () => {
    const [first] = SCENARIOS;
    const typo = {
      ...first!,
      steps: [{ ...first!.steps[0]!, solution: [{ do: 'fill', name: 'Password', text: '{pasword}' }] }],
    };
    expect(() => validateCatalogue([typo as never])).toThrow(CatalogueError);
    expect(() => validateCatalogue([typo as never])).toThrow(/p1-cloud: steps\.0\.solution\.0\.text: names a fact/);
    expect(() => validateCatalogue([first!, first!])).toThrow(/used twice/);
    const noSource = { ...first!, steps: [{ ...first!.steps[0]!, source: 'somewhere' }] };
    expect(() => validateCatalogue([noSource])).toThrow(/must cite a seed/);
  });
});

describe.each(SCENARIOS.map((scenario) => ({ id: scenario.id, scenario })))('$id', ({ scenario }) => {
  it('is solved by its own solution; each check is false before its step and true after', async () => {
    const world = await openScenario(scenario, FAST);
    try {
      const outcomes = await solveScenario(scenario, world);
      expect(outcomes).toEqual(scenario.steps.map((_, step) => ({ step, before: false, after: true })));
    } finally {
      world.stop();
    }
  }, 60_000);
});
