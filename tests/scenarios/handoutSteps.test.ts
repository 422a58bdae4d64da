/**
 * The handout's steps (src/handout/handoutSteps.ts): each step's screen is the one a lesson opened at that step shows,
 * the text is the catalogue's, and every scenario of the catalogue has a handout.
 */
import { describe, expect, it } from 'vitest';
import { openScenario, SCENARIOS, scenarioById } from '../../scenarios';
import { HANDOUT_START, handoutSteps, modelLines, PLACE_LABELS } from '../../src/handout/handoutSteps';

describe('handout steps', () => {
  it('gives each step of p2-cloud the screen of the scenario opened at that step, and the catalogue’s text', async () => {
    const scenario = scenarioById('p2-cloud')!;
    const steps = await handoutSteps(scenario);
    expect(steps.map((step) => step.number)).toEqual(scenario.steps.map((_, index) => index + 1));
    expect(steps.map((step) => step.instruction)).toEqual(scenario.steps.map((step) => step.instruction));
    expect(steps.map((step) => step.source)).toEqual(scenario.steps.map((step) => step.source));
    for (const [index, step] of steps.entries()) {
      const world = await openScenario(scenario, { ...HANDOUT_START, step: index });
      expect(step.osd, `step ${index + 1}`).toEqual(world.view().osd);
      world.stop();
    }
    // Step 1 opens Info from the live view: step 2 begins on another screen.
    expect(steps[1]!.osd).not.toEqual(steps[0]!.osd);
  });

  it('is the same every time (a fixed seed and start)', async () => {
    const scenario = scenarioById('p7-home')!;
    const [first, again] = [await handoutSteps(scenario), await handoutSteps(scenario)];
    expect(again).toEqual(first);
  });

  it('builds a handout for every scenario of the catalogue, one screen per step', async () => {
    for (const scenario of SCENARIOS) {
      const steps = await handoutSteps(scenario);
      expect(steps.length, scenario.id).toBe(scenario.steps.length);
      for (const step of steps) expect(step.osd.resolution, scenario.id).toMatch(/^\d+x\d+$/);
      expect(PLACE_LABELS[steps[0]!.control.place], scenario.id).toBeTruthy();
    }
  }, 120_000);

  it('names each model with its description', () => {
    expect(modelLines(scenarioById('p2-cloud')!)).toEqual(['LNR6108: 8-channel 4K NVR (Lorex Cloud)']);
  });
});
