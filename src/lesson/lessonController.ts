/**
 * The lesson of the open world, live: it watches the recorder, the outside world and the cameras, moves the lesson's
 * progress with `observe` (automatic advance when a step's check holds, What to gather ticks, wrong tries), saves it
 * with the world (a reload resumes at the same step), and, when the page is embedded (`?embed`), tells the parent
 * page with `message` events: { source: 'recorder-simulator', type: 'step-completed' | 'scenario-completed', ... }.
 *
 * React reads `record` through subscribe (useSyncExternalStore): a new object only when the progress changed.
 */
import {
  assessmentResult,
  isComplete,
  observe,
  scenarioById,
  usedHelp,
  type LessonProgress,
  type Scenario,
} from '../../scenarios';
import type { LessonRecord } from '../storage/lessonRecord';
import type { WorldHost } from '../session/worldHost';
import { sessionScenarioWorld } from '../session/sessionScenarioWorld';
import type { WorldSession } from '../session/worldSession';

/** Real time between two observations counted at most (a tab left in the background is not "time on the lesson"). */
const MAX_REAL_GAP_MS = 60_000;

export const EMBED_MESSAGE_SOURCE = 'recorder-simulator';

export class LessonController {
  readonly scenario: Scenario;
  private current: LessonRecord;
  private readonly listeners = new Set<() => void>();
  private readonly unsubscribers: (() => void)[] = [];
  private lastReal = performance.now();

  constructor(
    private readonly session: WorldSession,
    private readonly host: WorldHost,
    record: LessonRecord,
  ) {
    const scenario = scenarioById(record.opened.scenarioId);
    if (!scenario) throw new Error(`Unknown scenario ${record.opened.scenarioId}.`);
    this.scenario = scenario;
    this.current = record;
    const onChange = () => this.update();
    const actorSubscription = session.actor.subscribe(onChange);
    this.unsubscribers.push(
      () => actorSubscription.unsubscribe(),
      session.outside.subscribe(onChange),
      session.subscribeCameras(onChange),
    );
    this.update();
  }

  get record(): LessonRecord {
    return this.current;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getRecord = (): LessonRecord => this.current;

  private setProgress(progress: LessonProgress): void {
    if (progress === this.current.progress) return;
    const before = this.current.progress;
    this.current = { ...this.current, progress };
    void this.host.lessons.save(this.session.world.id, this.current).catch((error: unknown) => {
      console.error('Recorder Simulator could not save the lesson:', error);
    });
    if (this.current.opened.embed) this.tellParent(before, progress);
    for (const listener of this.listeners) listener();
  }

  private tellParent(before: LessonProgress, after: LessonProgress): void {
    if (window.parent === window) return;
    for (const record of after.done.slice(before.done.length)) {
      window.parent.postMessage(
        {
          source: EMBED_MESSAGE_SOURCE,
          type: 'step-completed',
          scenario: this.scenario.id,
          step: record.step + 1,
          steps: this.scenario.steps.length,
        },
        '*',
      );
    }
    if (!isComplete(before, this.scenario) && isComplete(after, this.scenario)) {
      const result = assessmentResult(this.scenario, after, this.session.clock.now());
      window.parent.postMessage(
        { source: EMBED_MESSAGE_SOURCE, type: 'scenario-completed', scenario: this.scenario.id, passed: result.passed },
        '*',
      );
    }
  }

  private update(): void {
    const real = performance.now();
    const gap = Math.min(Math.max(real - this.lastReal, 0), MAX_REAL_GAP_MS);
    this.lastReal = real;
    const view = sessionScenarioWorld(this.session).view();
    const observed = observe(this.current.progress, this.scenario, view, Date.now());
    const done = isComplete(observed, this.scenario);
    this.setProgress(done || gap < 1 ? observed : { ...observed, realMs: observed.realMs + gap });
  }

  /** Counts a Hint or a Show me (never offered in assessment mode). */
  used(kind: 'hint' | 'showMe'): void {
    this.setProgress(usedHelp(this.current.progress, kind));
  }

  /** The assessment result now (at the end: the final one). */
  result() {
    return assessmentResult(this.scenario, this.current.progress, this.session.clock.now());
  }

  /** Restart step (`step` = the current one) or Restart scenario (0): a fresh world of the same seed, replayed. */
  restart(step: number): Promise<void> {
    const { opened, progress } = this.current;
    return this.host.openScenario(
      {
        scenario: this.scenario,
        step: Math.min(step, this.scenario.steps.length - 1),
        mode: progress.mode,
        seed: opened.seed,
        startTime: opened.startTime,
        speed: opened.speed,
        embed: opened.embed,
      },
      this.session.world.id,
    );
  }

  /** Free play: the lesson ends; the world goes on as it is. */
  freePlay(): Promise<void> {
    return this.host.lessons.save(this.session.world.id, null);
  }

  dispose(): void {
    for (const unsubscribe of this.unsubscribers) unsubscribe();
  }
}
