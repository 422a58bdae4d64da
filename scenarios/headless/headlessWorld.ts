/**
 * A whole world headless, for Node: the recorder (createHeadlessRecorder), its cameras (attachCameras, the wiring the
 * browser uses) and the outside world (createOutsideWorld, kept in memory), on one simulated clock. It implements
 * ScenarioWorld with the rules of the browser's WorldSession: the outside world follows the clock, a Wi-Fi camera's
 * reset makes the app forget it (P9), the USB stick keeps what the recorder writes on it.
 */
import {
  attachCameras,
  createHeadlessRecorder,
  describeCameras,
  firmwareSeedFor,
  isUsbStickWritten,
  SimulationClock,
  snapshotToOsdModel,
  type AttachedCameras,
  type HeadlessRecorder,
  type RecorderEvent,
  type RecorderModelId,
  type UsbStick,
} from '../../firmware';
import { createOutsideWorld, type OutsideWorld } from '../../outside';
import type { CameraAct } from '../scenarioTypes';
import type { ScenarioWorld, WorldView } from '../scenarioWorld';
import type { ScenarioStartWorld } from '../startState';
import { screenImage, showsDeviceId, stickerImage } from './photoImages';

export interface HeadlessWorldOptions {
  readonly pbkdf2Iterations?: number;
}

export class HeadlessWorld implements ScenarioWorld {
  readonly modelId: RecorderModelId;
  readonly clock: SimulationClock;
  readonly recorder: HeadlessRecorder;
  readonly cameras: AttachedCameras;
  readonly outside: OutsideWorld;
  private usbInserted = false;
  private usbStick: UsbStick;
  /** The outside world's pending work (catching up with the clock, forgetting a reset camera), in order. */
  private pending: Promise<unknown> = Promise.resolve();

  constructor(
    readonly start: ScenarioStartWorld,
    options: HeadlessWorldOptions = {},
  ) {
    this.modelId = start.modelId;
    this.usbStick = start.usbStick;
    this.clock = new SimulationClock(start.startTime);
    const iterations = options.pbkdf2Iterations !== undefined ? { pbkdf2Iterations: options.pbkdf2Iterations } : {};
    this.recorder = createHeadlessRecorder({
      clock: this.clock,
      input: {
        modelId: start.modelId,
        unit: start.unit,
        flash: start.flash,
        now: start.startTime,
        powerSwitchOn: true,
        usbStick: null,
        seed: firmwareSeedFor(start.seed),
        ...iterations,
      },
    });
    this.cameras = attachCameras({ recorder: this.recorder.actor, clock: this.clock, cameras: start.cameras });
    this.outside = createOutsideWorld({
      state: start.outside,
      now: start.startTime,
      persist: async () => {},
      ...iterations,
    });
    this.clock.subscribe((now) => this.queue(() => this.outside.advanceTo(now)));
    this.recorder.actor.on('usbStickWritten', (event) => {
      if (isUsbStickWritten(event)) this.usbStick = event.stick;
    });
    this.cameras.onChime(({ camera }) => {
      const record = this.cameras.record(camera);
      if (record.model === 'W462AQC') this.queue(() => this.outside.forgetAppDevice(record.persisted.serial));
    });
  }

  private queue(work: () => Promise<unknown>): void {
    this.pending = this.pending.then(work);
  }

  view(): WorldView {
    const recorder = this.recorder.snapshot();
    return {
      recorder,
      osd: snapshotToOsdModel(recorder),
      outside: this.outside.state,
      cameras: describeCameras(this.cameras),
      usbInserted: this.usbInserted,
    };
  }

  sendToRecorder(event: RecorderEvent): void {
    this.recorder.send(event);
  }

  setPowerSwitch(on: boolean): void {
    this.recorder.send({ type: on ? 'POWER_ON' : 'POWER_OFF' });
  }

  setUsbInserted(inserted: boolean): void {
    if (inserted === this.usbInserted) return;
    this.usbInserted = inserted;
    this.recorder.send(inserted ? { type: 'USB_INSERT', stick: this.usbStick } : { type: 'USB_REMOVE' });
  }

  camera(index: number, act: CameraAct): void {
    this.cameras[act](index);
  }

  addCameraToAccount(index: number): { ok: boolean; message?: string } {
    const camera = describeCameras(this.cameras)[index];
    if (!camera || camera.kind !== 'wifi' || !camera.pairing) {
      return { ok: false, message: 'The camera is not a Wi-Fi camera in pairing mode.' };
    }
    this.cameras.addToAccount(index);
    return { ok: true };
  }

  async takePhoto(subject: 'info-screen' | 'sticker'): Promise<void> {
    const osd = snapshotToOsdModel(this.recorder.snapshot());
    const image = subject === 'sticker' ? stickerImage(this.modelId, this.start.unit) : screenImage(osd);
    const taken = subject === 'sticker' ? 'sticker' : showsDeviceId(osd) ? 'info-screen' : 'other';
    const name = `${subject === 'sticker' ? 'sticker' : 'screen'}-${this.outside.state.photos.length + 1}.svg`;
    await this.outside.addPhoto({ subject: taken, name, ...image });
  }

  advance(ms: number): void {
    this.clock.advance(ms);
  }

  async settle(): Promise<void> {
    for (;;) {
      const pending = this.pending;
      await this.recorder.settle();
      await pending;
      if (pending === this.pending && !this.recorder.snapshot().hasTag('busy')) return;
    }
  }

  stop(): void {
    this.cameras.detach();
    this.recorder.stop();
  }
}
