/**
 * A lesson's progress in Node: automatic advance by state, wrong tries, What to gather ticks, steps out of order,
 * the assessment result, and `&step=n` (openScenario at a step) giving the same world as solving the steps before it.
 */
import { describe, expect, it } from 'vitest';
import {
  assessmentResult,
  baselineOf,
  nearestScenarioIds,
  observe,
  openScenario,
  runActions,
  scenarioById,
  startLesson,
  withBaseline,
} from '../../scenarios';

const FAST = { seed: 11, startTime: Date.UTC(2026, 2, 2, 9), pbkdf2Iterations: 1_000 } as const;

describe('a lesson', () => {
  it('advances when a step holds, counts a refused password as a wrong try, and reports it in the assessment', async () => {
    const scenario = scenarioById('p11-cloud')!;
    const world = await openScenario(scenario, FAST);
    let lesson = startLesson(scenario, world.view(), { mode: 'assess' });
    expect(lesson.step).toBe(0);
    lesson = observe(lesson, scenario, world.view());
    expect(lesson.step).toBe(0); // still locked: the check does not hold
    await runActions(world, scenario.steps[0]!.solution);
    await runActions(world, scenario.steps[1]!.solution);
    lesson = observe(lesson, scenario, world.view());
    expect(lesson.step).toBe(2); // both steps held at once: both advance
    await runActions(world, [
      { do: 'fill', name: 'User Name', text: 'admin' },
      { do: 'fill', name: 'Password', text: '{wrongPassword}' },
      { do: 'click', name: 'OK' },
    ]);
    lesson = observe(lesson, scenario, world.view());
    expect(lesson.wrongTries).toBe(1);
    await runActions(world, scenario.steps[2]!.solution);
    lesson = observe(lesson, scenario, world.view());
    expect(lesson.step).toBe(3);
    const result = assessmentResult(scenario, lesson, world.clock.now());
    expect(result.passed).toBe(false);
    expect(result.wrongTries).toBe(1);
    expect(result.items.find((item) => item.item === 'No wrong tries')).toEqual({
      item: 'No wrong tries',
      passed: false,
      why: 'The recorder refused input once.',
    });
    expect(result.items.find((item) => item.item === 'Goal reached')?.passed).toBe(true);
    expect(result.simulatedMinutes).toBeGreaterThan(0);
    world.stop();
  });

  it('ticks What to gather only from what the recorder showed and the photos taken', async () => {
    const scenario = scenarioById('p2-cloud')!;
    const world = await openScenario(scenario, FAST);
    let lesson = startLesson(scenario, world.view(), { mode: 'learn' });
    expect(lesson.gathered).toEqual(['displayedDate']);
    await runActions(world, scenario.steps[0]!.solution);
    lesson = observe(lesson, scenario, world.view());
    expect([...lesson.gathered].sort()).toEqual(['deviceId', 'displayedDate', 'model', 'serialNumber']);
    await runActions(world, [...scenario.steps[1]!.solution, ...scenario.steps[2]!.solution]);
    lesson = observe(lesson, scenario, world.view());
    expect(lesson.gathered).toContain('infoPhoto');
    expect(lesson.gathered).toContain('stickerPhoto');
    expect(lesson.step).toBe(3);
    world.stop();
  });

  it('notes a step done before its turn', async () => {
    const scenario = scenarioById('p13-cloud')!;
    const world = await openScenario(scenario, FAST);
    let lesson = startLesson(scenario, world.view(), { mode: 'learn' });
    await runActions(world, scenario.steps[1]!.solution); // opens the login before inserting the stick
    lesson = observe(lesson, scenario, world.view());
    expect(lesson.step).toBe(0);
    expect(lesson.outOfOrder).toEqual([1]);
    world.stop();
  });
});

describe('opening at a step', () => {
  it('gives the world that solving the steps before it gives, deterministically', async () => {
    const scenario = scenarioById('p2-home')!;
    const atStep = await openScenario(scenario, { ...FAST, step: 6 });
    const solved = await openScenario(scenario, FAST);
    const baseline = baselineOf(solved.view());
    for (const step of scenario.steps.slice(0, 6)) await runActions(solved, step.solution);
    expect(atStep.view().outside).toEqual(solved.view().outside);
    expect(atStep.view().recorder.context.flash).toEqual(solved.view().recorder.context.flash);
    const lesson = withBaseline(startLesson(scenario, atStep.view(), { mode: 'learn', step: 6 }), baseline);
    expect(scenario.steps[6]!.check.holds(atStep.view(), lesson.baseline)).toBe(false);
    atStep.stop();
    solved.stop();
  });

  it('names the nearest ids for a mistyped one', () => {
    expect(nearestScenarioIds('p2-clod')[0]).toBe('p2-cloud');
    expect(nearestScenarioIds('P11-CLOUD')[0]).toBe('p11-cloud');
  });
});
