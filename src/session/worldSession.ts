/**
 * One open world: the recorder's firmware actor wired to the world clock and to storage. This is the composition
 * root for the simulation; React only renders what it exposes.
 *
 * Persistence (docs/architecture.md#persistence): flash writes go to IndexedDB with strict durability and the firmware waits for them;
 * world time is saved every WORLD_TIME_SAVE_INTERVAL_MS and when the page is hidden; the switch position is saved
 * when it changes. The world's USB stick is hardware: whether it is in the port is saved when it changes, and the
 * contents the recorder writes onto it (usbStickWritten) are saved with strict durability. The cameras around the
 * recorder are attached with the same wiring as Node's headless site and saved when they change (sessionCameras.ts);
 * a Wi-Fi camera's reset (its chime) makes the outside world forget its binding to the app account (P9).
 * Closing the tab is a power cut: the next session starts a new actor from what was stored.
 *
 * The outside world (`outside`: website, desk, e-mail, app) is created from the record's `outside`; each change is
 * saved with strict durability before its command resolves. It follows the same clock: every tick asks it to catch
 * up to the clock's time, one catch-up at a time (ticks during a catch-up are folded into the next one).
 *
 * A save that fails (storage full, writes refused) is not only logged: `saveProblems` says what was not saved, one
 * message per kind of save, until a later save of that kind succeeds; the bench shows them (SaveProblems.tsx).
 */
import { createActor, fromPromise, waitFor, type Actor } from 'xstate';
import {
  firmwareSeedFor,
  isUsbStickWritten,
  recorderMachine,
  SimulationClock,
  type CameraView,
  type Flash,
  type RecorderEvent,
  type RecorderInput,
} from '../../firmware';
import { createOutsideWorld, type OutsideWorldApi } from '../../outside';
import type { WorldUsb } from './downloadStick';
import { WorldTakenOverError, type WorldRepository } from '../storage/worldRepository';
import type { WorldRecord } from '../storage/worldRecord';
import { startRealtimeTicker, type RealtimeTicker } from './realtimeTicker';
import { SessionCameras, type CameraAddResult } from './sessionCameras';
import { SaveProblems, saveProblemMessage, type SaveKind } from './saveProblems';

export const WORLD_TIME_SAVE_INTERVAL_MS = 5_000;

export type RecorderActor = Actor<typeof recorderMachine>;

export interface WorldSessionOptions {
  /** PBKDF2 cost for new hashes (default: the firmware's); only ever lowered by tests. */
  readonly pbkdf2Iterations?: number;
  /** Simulation speed at start (1 = real time, 0 = paused). */
  readonly speed?: number;
  /** Called when a write was refused because another tab took the world over (the host then stops the session). */
  readonly onTakenOver?: () => void;
}

export function recorderInputFor(world: WorldRecord, options: WorldSessionOptions = {}): RecorderInput {
  return {
    modelId: world.recorder.modelId,
    unit: world.recorder.unit,
    flash: world.recorder.flash,
    now: world.worldTime,
    powerSwitchOn: world.recorder.powerSwitchOn,
    usbStick: world.usb.inserted ? world.usb.stick : null,
    seed: firmwareSeedFor(world.seed),
    ...(options.pbkdf2Iterations !== undefined ? { pbkdf2Iterations: options.pbkdf2Iterations } : {}),
  };
}

export class WorldSession {
  readonly actor: RecorderActor;
  readonly clock: SimulationClock;
  /** The cameras around the recorder (Cameras place; the mobile app reads and adds them). */
  readonly cameras: SessionCameras;
  /** The world around the recorder (docs/accessible-names.md): what the places render and call. */
  readonly outside: OutsideWorldApi;
  private outsideTarget: number;
  private outsideRunning = false;
  /** The outside world's current catch-up with the clock (resolved when there is none). */
  private outsideRun: Promise<void> = Promise.resolve();
  private disposed = false;
  private readonly ticker: RealtimeTicker;
  private readonly stopListening: () => void;
  private readonly saveTimer: ReturnType<typeof setInterval>;
  private lastSavedTime: number;
  /** The world's stick as it is now (the record in `world` is the one the session started from). */
  private usbNow: WorldUsb;
  private readonly problems = new SaveProblems();

  constructor(
    readonly world: WorldRecord,
    private readonly repository: WorldRepository,
    private readonly options: WorldSessionOptions = {},
  ) {
    this.clock = new SimulationClock(world.worldTime);
    this.lastSavedTime = world.worldTime;
    this.usbNow = world.usb;
    const machine = recorderMachine.provide({
      actors: {
        writeFlash: fromPromise<void, { flash: Flash }>(({ input }) =>
          this.watch(repository.saveFlash(world.id, input.flash)).then(
            () => this.problems.set('flash', null),
            (error: unknown) => {
              this.reportSaveError('flash', error);
              throw error;
            },
          ),
        ),
      },
    });
    this.actor = createActor(machine, { input: recorderInputFor(world, options) });
    this.outside = createOutsideWorld({
      state: world.outside,
      now: world.worldTime,
      persist: (outside) => this.watch(repository.saveOutside(world.id, outside)),
      ...(options.pbkdf2Iterations !== undefined ? { pbkdf2Iterations: options.pbkdf2Iterations } : {}),
    });
    this.outsideTarget = world.worldTime;
    const unsubscribe = this.clock.subscribe((now) => {
      this.actor.send({ type: 'TICK', now });
      this.advanceOutside(now);
    });
    const stickWritten = this.actor.on('usbStickWritten', (event) => {
      if (isUsbStickWritten(event)) this.storeUsb({ inserted: true, stick: event.stick }, true);
    });
    this.actor.start();
    this.cameras = new SessionCameras({
      worldId: world.id,
      recorder: this.actor,
      clock: this.clock,
      cameras: world.cameras,
      repository,
      onSaveError: (error) => this.reportSaveError('cameras', error),
    });
    // P9: a Wi-Fi camera reset to factory defaults loses its binding to the account; the app drops it.
    this.cameras.onChime(({ camera }) => {
      const reset = this.cameras.record(camera);
      if (reset.model === 'W462AQC') void this.saved('outside', this.outside.forgetAppDevice(reset.persisted.serial));
    });
    this.ticker = startRealtimeTicker(this.clock, options.speed ?? 1);
    this.saveTimer = setInterval(() => void this.saveWorldTime(), WORLD_TIME_SAVE_INTERVAL_MS);
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void this.saveWorldTime();
    };
    const onPageHide = () => void this.saveWorldTime();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    this.stopListening = () => {
      unsubscribe();
      stickWritten.unsubscribe();
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
    };
  }

  send(event: RecorderEvent): void {
    this.actor.send(event);
  }

  /** The rear power switch. The position is stored so a reopened tab boots the recorder again. */
  setPowerSwitch(on: boolean): void {
    this.actor.send({ type: on ? 'POWER_ON' : 'POWER_OFF' });
    void this.saved('powerSwitch', this.repository.savePowerSwitch(this.world.id, on));
  }

  /** The world's USB stick: whether it is in the port, and its files. */
  get usb(): WorldUsb {
    return this.usbNow;
  }

  /** Puts the world's stick into the recorder's rear USB port, or pulls it out. */
  setUsbInserted(inserted: boolean): void {
    if (inserted === this.usbNow.inserted) return;
    this.actor.send(inserted ? { type: 'USB_INSERT', stick: this.usbNow.stick } : { type: 'USB_REMOVE' });
    this.storeUsb({ ...this.usbNow, inserted }, false);
  }

  private storeUsb(usb: WorldUsb, durable: boolean): void {
    this.usbNow = usb;
    void this.saved('usb', this.repository.saveUsb(this.world.id, usb, durable));
  }

  /** The cameras as they are now, for the mobile app (stable between changes; see subscribeCameras). */
  get cameraList(): readonly CameraView[] {
    return this.cameras.list;
  }

  /** Hears every visible change of any camera. */
  subscribeCameras(listener: () => void): () => void {
    return this.cameras.subscribe(listener);
  }

  /** P9: the mobile app's Add New Device binds a Wi-Fi camera in pairing mode; refused otherwise, with the reason. */
  addCameraToAccount(index: number): CameraAddResult {
    return this.cameras.addToAccount(index);
  }

  /** Lets the outside world catch up to `now`; one catch-up at a time, the latest time wins. */
  private advanceOutside(now: number): void {
    this.outsideTarget = Math.max(this.outsideTarget, now);
    if (this.outsideRunning) return;
    this.outsideRunning = true;
    this.outsideRun = (async () => {
      let reached = -Infinity;
      while (!this.disposed && reached < this.outsideTarget) {
        reached = this.outsideTarget;
        await this.saved('outside', this.outside.advanceTo(reached));
      }
      this.outsideRunning = false;
    })();
  }

  /**
   * Resolves once the recorder has finished its busy work (hashing, flash writes) and the outside world has caught up
   * with the clock: what a replayed solution waits for between actions (src/lesson).
   */
  async idle(): Promise<void> {
    for (;;) {
      const run = this.outsideRun;
      await waitFor(this.actor, (snapshot) => !snapshot.hasTag('busy'), { timeout: 30_000 });
      await run;
      if (run === this.outsideRun && !this.outsideRunning && !this.actor.getSnapshot().hasTag('busy')) return;
    }
  }

  /** Moves world (and device) time forward at once. */
  advance(ms: number): void {
    this.clock.advance(ms);
    void this.saveWorldTime();
  }

  get speed(): number {
    return this.ticker.speed;
  }

  setSpeed(speed: number): void {
    this.ticker.setSpeed(speed);
  }

  private async saveWorldTime(): Promise<void> {
    const now = this.clock.now();
    if (now === this.lastSavedTime) return;
    const previous = this.lastSavedTime;
    this.lastSavedTime = now;
    const ok = await this.saved('worldTime', this.repository.saveWorldTime(this.world.id, now));
    // Not saved: the next periodic save tries again, even if the clock has not moved since.
    if (!ok && this.lastSavedTime === now) this.lastSavedTime = previous;
  }

  /** What failed saves did not keep, one message per kind of save (empty when every save went through). */
  get saveProblems(): readonly string[] {
    return this.problems.list;
  }

  /** Hears every change of `saveProblems`. */
  readonly subscribeSaveProblems = (listener: () => void): (() => void) => this.problems.subscribe(listener);

  /** Waits for a save of `kind`: true when it went through, false when it failed (and the failure is reported). */
  private saved(kind: SaveKind, saving: Promise<void>): Promise<boolean> {
    return saving.then(
      () => {
        this.problems.set(kind, null);
        return true;
      },
      (error: unknown) => {
        this.reportSaveError(kind, error);
        return false;
      },
    );
  }

  /** A write that, refused because another tab took the world over, tells the host so (and still fails). */
  private watch(saving: Promise<void>): Promise<void> {
    return saving.catch((error: unknown) => {
      if (error instanceof WorldTakenOverError) this.options.onTakenOver?.();
      throw error;
    });
  }

  /** A failed save: another tab took the world over (the host stops this session), or the user is told. */
  private reportSaveError(kind: SaveKind, error: unknown): void {
    if (error instanceof WorldTakenOverError) {
      this.options.onTakenOver?.();
      return;
    }
    console.error('Recorder Simulator could not save the simulation:', error);
    this.problems.set(kind, saveProblemMessage(kind, error));
  }

  /** Stops the simulation (the world stays stored); the recorder loses power like a closed tab. */
  dispose(): void {
    this.disposed = true;
    void this.saveWorldTime();
    clearInterval(this.saveTimer);
    this.ticker.stop();
    this.stopListening();
    this.cameras.detach();
    this.actor.stop();
  }
}
