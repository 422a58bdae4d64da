/**
 * A lesson's progress through a scenario, as plain serializable data (saved with the world, so a reload resumes the
 * lesson at the same step). `observe` is the one way it moves: given the world as it is now, it ticks the What to
 * gather items seen, counts wrong tries (a new alert on the recorder), notes steps done out of order, and advances
 * while the current step's check holds (automatic advance; several at once if the person did more).
 *
 * Pure: times come in as arguments (world time from the clock, real time from the shell), nothing is read here.
 */
import { alertOf } from '../../firmware';
import type { LessonBaseline, Scenario } from '../scenarioTypes';
import type { WorldView } from '../scenarioWorld';
import { gatheredNow, type GatherItem } from './gather';
import { baselineOf } from '../checks';

export type LessonMode = 'learn' | 'assess';

export interface StepRecord {
  /** 0-based step index. */
  readonly step: number;
  readonly completedAtWorld: number;
  readonly completedAtReal: number;
  readonly wrongTries: number;
  readonly hints: number;
  readonly showMes: number;
}

export interface LessonProgress {
  readonly scenarioId: string;
  readonly mode: LessonMode;
  /** The current step (0-based); equal to the number of steps once the scenario is complete. */
  readonly step: number;
  readonly baseline: LessonBaseline;
  readonly gathered: readonly GatherItem[];
  readonly done: readonly StepRecord[];
  /** Steps whose check held before their turn. */
  readonly outOfOrder: readonly number[];
  /** Later steps whose check already held when the lesson began (never counted as out of order). */
  readonly heldAtStart: readonly number[];
  /** Wrong tries, hints and Show me of the current step. */
  readonly wrongTries: number;
  readonly hints: number;
  readonly showMes: number;
  /** The recorder's alert when last observed (a new one is a wrong try). */
  readonly lastAlert: string | null;
  readonly startedAtWorld: number;
  /** Real time (ms) spent in the lesson, accumulated across reloads. */
  readonly realMs: number;
}

export function startLesson(
  scenario: Scenario,
  view: WorldView,
  options: { mode: LessonMode; step?: number },
): LessonProgress {
  const step = options.step ?? 0;
  return {
    scenarioId: scenario.id,
    mode: options.mode,
    step,
    baseline: baselineOf(view),
    gathered: scenario.gather ? gatheredNow(view) : [],
    done: [],
    outOfOrder: [],
    heldAtStart: scenario.steps.flatMap((later, index) =>
      index > step && later.check.holds(view, baselineOf(view)) ? [index] : [],
    ),
    wrongTries: 0,
    hints: 0,
    showMes: 0,
    lastAlert: alertOf(view.osd),
    startedAtWorld: view.recorder.context.now,
    realMs: 0,
  };
}

/** The baseline of a lesson opened at a later step is that of its scenario's start: pass it on. */
export const withBaseline = (progress: LessonProgress, baseline: LessonBaseline): LessonProgress => ({
  ...progress,
  baseline,
});

export const isComplete = (progress: LessonProgress, scenario: Scenario): boolean =>
  progress.step >= scenario.steps.length;

/** The lesson after the world changed to `view`; the same object when nothing it tracks changed. */
export function observe(progress: LessonProgress, scenario: Scenario, view: WorldView, realNow = 0): LessonProgress {
  let next = progress;
  const alert = alertOf(view.osd);
  if (alert !== progress.lastAlert) {
    next = { ...next, lastAlert: alert, wrongTries: next.wrongTries + (alert !== null ? 1 : 0) };
  }
  if (scenario.gather) {
    const seen = gatheredNow(view).filter((item) => !next.gathered.includes(item));
    if (seen.length > 0) next = { ...next, gathered: [...next.gathered, ...seen] };
  }
  while (next.step < scenario.steps.length && scenario.steps[next.step]?.check.holds(view, next.baseline)) {
    const record: StepRecord = {
      step: next.step,
      completedAtWorld: view.recorder.context.now,
      completedAtReal: realNow,
      wrongTries: next.wrongTries,
      hints: next.hints,
      showMes: next.showMes,
    };
    next = { ...next, step: next.step + 1, done: [...next.done, record], wrongTries: 0, hints: 0, showMes: 0 };
  }
  const early = scenario.steps.findIndex(
    (step, index) =>
      index > next.step &&
      !next.outOfOrder.includes(index) &&
      !next.heldAtStart.includes(index) &&
      step.check.holds(view, next.baseline),
  );
  if (early >= 0 && next.step < scenario.steps.length) next = { ...next, outOfOrder: [...next.outOfOrder, early] };
  return next;
}

/** Counts a Hint or a Show me on the current step (assessment mode offers neither). */
export function usedHelp(progress: LessonProgress, kind: 'hint' | 'showMe'): LessonProgress {
  return kind === 'hint' ? { ...progress, hints: progress.hints + 1 } : { ...progress, showMes: progress.showMes + 1 };
}
