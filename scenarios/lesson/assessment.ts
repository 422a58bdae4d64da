/**
 * The result of an assessment (`&mode=assess`): each item passed or not, and why: the goal, each step, wrong tries,
 * steps out of order, and the time taken in simulated and real minutes. Plain data, exported as JSON and printed.
 */
import type { Scenario } from '../scenarioTypes';
import type { LessonProgress } from './lesson';

export interface AssessmentItem {
  readonly item: string;
  readonly passed: boolean;
  readonly why: string;
}

export interface AssessmentResult {
  readonly format: 'recorder-simulator/assessment';
  readonly version: 1;
  readonly scenarioId: string;
  readonly title: string;
  readonly passed: boolean;
  readonly items: readonly AssessmentItem[];
  readonly wrongTries: number;
  readonly simulatedMinutes: number;
  readonly realMinutes: number;
}

const minutes = (ms: number) => Math.round(ms / 6_000) / 10;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function assessmentResult(scenario: Scenario, progress: LessonProgress, worldNow: number): AssessmentResult {
  const total = scenario.steps.length;
  const goal = progress.step >= total;
  const wrongTries = progress.done.reduce((sum, record) => sum + record.wrongTries, 0) + progress.wrongTries;
  const stepItems = scenario.steps.map((step, index): AssessmentItem => {
    const record = progress.done.find((done) => done.step === index);
    if (!record)
      return {
        item: `Step ${index + 1}: ${step.instruction}`,
        passed: false,
        why: `Not done: ${step.check.says} does not hold.`,
      };
    const tries = record.wrongTries > 0 ? ` after ${plural(record.wrongTries, 'wrong try')}` : '';
    return { item: `Step ${index + 1}: ${step.instruction}`, passed: true, why: `Done${tries}: ${step.check.says}.` };
  });
  const items: AssessmentItem[] = [
    {
      item: 'Goal reached',
      passed: goal,
      why: goal
        ? `All ${total} steps done: ${scenario.steps.at(-1)?.check.says ?? ''}.`
        : `${progress.step} of ${total} steps done.`,
    },
    ...stepItems,
    {
      item: 'No wrong tries',
      passed: wrongTries === 0,
      why:
        wrongTries === 0
          ? 'The recorder refused nothing.'
          : `The recorder refused input ${wrongTries === 1 ? 'once' : `${wrongTries} times`}.`,
    },
    {
      item: 'Steps in order',
      passed: progress.outOfOrder.length === 0,
      why:
        progress.outOfOrder.length === 0
          ? 'Every step was done in its turn.'
          : `Done before their turn: step ${progress.outOfOrder.map((index) => index + 1).join(', ')}.`,
    },
  ];
  return {
    format: 'recorder-simulator/assessment',
    version: 1,
    scenarioId: scenario.id,
    title: scenario.title,
    passed: items.every((item) => item.passed),
    items,
    wrongTries,
    simulatedMinutes: minutes(worldNow - progress.startedAtWorld),
    realMinutes: minutes(progress.realMs),
  };
}
