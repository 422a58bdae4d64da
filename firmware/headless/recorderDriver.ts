/**
 * A fluent driver over a headless recorder, in the words of the screen: click a control by its label, fill a field,
 * right-click, wait simulated time, and check what is shown. Every step waits for the recorder's busy work, so a
 * chain reads like the manual:
 *
 *   await drive({ modelId: 'LNR6108' }).boot().fill('Password', 'Abc12345').fill('Confirm Password', 'Abc12345')
 *     .click('Next').click('Finish').expectIn({ on: { running: { ready: 'liveView' } } });
 *
 * Steps queue on a promise chain; awaiting the driver runs them. A failed check rejects with a message saying what
 * was on screen instead.
 */
import { matchesState, type StateValue } from 'xstate';
import type { RecorderEvent } from '../machine/types';
import {
  controlsOfLayer,
  interactiveLayers,
  type OsdControl,
  type OsdControlRole,
  type OsdModel,
  type OsdValue,
} from '../view/osdModel';
import type { RecorderSnapshot } from '../view/snapshotToOsdModel';
import { createHeadlessRecorder, type HeadlessRecorder, type HeadlessRecorderOptions } from './headlessRecorder';

/** The centre of the 1280x720 screen: where right clicks land unless told otherwise. */
const SCREEN_CENTRE = { x: 640, y: 360 } as const;

/** Every label readable on screen: values (System Date, Device ID...) of the interactive layers. */
export function valuesOf(model: OsdModel): OsdValue[] {
  return interactiveLayers(model).flatMap((layer): OsdValue[] => {
    if (layer.kind === 'liveView') return [layer.clock];
    if (layer.kind === 'dialog') return layer.rows.flatMap((row) => (row.kind === 'value' ? [row.value] : []));
    if (layer.kind === 'menuWindow' && layer.page)
      return layer.page.rows.flatMap((row) => (row.kind === 'value' ? [row.value] : []));
    return [];
  });
}

/** The alert line on screen, if any. */
export function alertOf(model: OsdModel): string | null {
  for (const layer of interactiveLayers(model)) {
    if (layer.kind === 'dialog' && layer.alert) return layer.alert;
    if (layer.kind === 'menuWindow' && layer.page?.alert) return layer.page.alert;
  }
  return null;
}

/** The controls that can be used now (not hidden behind a dialog or a menu). */
export function liveControls(model: OsdModel): OsdControl[] {
  return interactiveLayers(model).flatMap(controlsOfLayer);
}

function describeScreen(snapshot: RecorderSnapshot, model: OsdModel): string {
  const labels = liveControls(model).map((c) => `${c.role} "${c.label}"${c.enabled ? '' : ' (disabled)'}`);
  return `state ${JSON.stringify(snapshot.value)}; controls: ${labels.join(', ') || 'none'}`;
}

export class RecorderDriver implements PromiseLike<void> {
  private chain: Promise<void> = Promise.resolve();

  constructor(readonly recorder: HeadlessRecorder) {}

  // Chain plumbing

  then<TResult1 = void, TResult2 = never>(
    onFulfilled?: ((value: void) => TResult1 | PromiseLike<TResult1>) | null,
    onRejected?: ((reason: unknown) => TResult2 | PromiseLike<TResult2>) | null,
  ): PromiseLike<TResult1 | TResult2> {
    return this.chain.then(onFulfilled, onRejected);
  }

  /** Queues a step; the recorder settles after it. */
  private step(run: () => void | Promise<void>): this {
    this.chain = this.chain.then(async () => {
      await run();
      await this.recorder.settle();
    });
    return this;
  }

  private control(label: string, role?: OsdControlRole): OsdControl {
    const model = this.recorder.osdModel();
    const matches = liveControls(model).filter((c) => c.label === label && (role === undefined || c.role === role));
    if (matches.length !== 1) {
      const problem = matches.length === 0 ? 'No control' : `${matches.length} controls`;
      throw new Error(`${problem} labelled "${label}" on screen; ${describeScreen(this.recorder.snapshot(), model)}`);
    }
    const [control] = matches as [OsdControl];
    if (!control.enabled) throw new Error(`"${label}" is disabled.`);
    return control;
  }

  // Hardware and time

  powerOn(): this {
    return this.step(() => this.recorder.send({ type: 'POWER_ON' }));
  }

  powerOff(): this {
    return this.step(() => this.recorder.send({ type: 'POWER_OFF' }));
  }

  /** Lets `ms` of simulated time pass. */
  wait(ms: number): this {
    return this.step(() => this.recorder.advance(ms));
  }

  /** Switches on and waits for the boot to finish. */
  boot(): this {
    return this.powerOn().wait(this.recorder.snapshot().context.bootDurationMs);
  }

  // Screen input

  click(label: string, role?: OsdControlRole): this {
    return this.step(() => this.recorder.send({ type: 'ACTIVATE', control: this.control(label, role).id }));
  }

  fill(label: string, text: string): this {
    return this.step(() =>
      this.recorder.send({ type: 'SET_FIELD', control: this.control(label, 'textbox').id, value: text }),
    );
  }

  rightClick(at: { x: number; y: number } = SCREEN_CENTRE): this {
    return this.step(() => this.recorder.send({ type: 'CONTEXT_MENU', ...at }));
  }

  send(event: RecorderEvent): this {
    return this.step(() => this.recorder.send(event));
  }

  // Checks

  expectIn(state: StateValue): this {
    return this.step(() => {
      const snapshot = this.recorder.snapshot();
      if (!matchesState(state, snapshot.value)) {
        throw new Error(
          `Expected state ${JSON.stringify(state)}; ${describeScreen(snapshot, this.recorder.osdModel())}`,
        );
      }
    });
  }

  /** Checks the alert line: a string must match exactly, a RegExp must match, null means no alert. */
  expectAlert(expected: string | RegExp | null): this {
    return this.step(() => {
      const alert = alertOf(this.recorder.osdModel());
      const ok =
        expected === null
          ? alert === null
          : alert !== null && (typeof expected === 'string' ? alert === expected : expected.test(alert));
      if (!ok) throw new Error(`Expected alert ${String(expected)}, found ${JSON.stringify(alert)}.`);
    });
  }

  expectValue(label: string, expected: string | RegExp): this {
    return this.step(() => {
      const value = valuesOf(this.recorder.osdModel()).find((v) => v.label === label)?.value;
      const ok = value !== undefined && (typeof expected === 'string' ? value === expected : expected.test(value));
      if (!ok) throw new Error(`Expected ${label} ${String(expected)}, found ${JSON.stringify(value)}.`);
    });
  }

  /** Any other check, on the OSD model and the snapshot. */
  check(assertion: (model: OsdModel, snapshot: RecorderSnapshot) => void): this {
    return this.step(() => assertion(this.recorder.osdModel(), this.recorder.snapshot()));
  }
}

/** A driver over a new headless recorder. */
export function drive(options: HeadlessRecorderOptions = {}): RecorderDriver {
  return new RecorderDriver(createHeadlessRecorder(options));
}
