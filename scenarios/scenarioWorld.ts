/**
 * What a scenario runs on: one simulated world (the recorder, its cameras and the outside world on one clock), as the
 * browser's WorldSession and Node's headless world (headlessWorld.ts) both provide it.
 *
 * CONTRACT for hosts:
 * - Every method changes the world the way the matching control of the bench does (the same events, the same
 *   commands), so a solution replayed here ends in the same state as a person doing it by hand.
 * - `settle()` resolves once the recorder and the outside world have finished the work they started (hashing,
 *   flash writes, saves); actions call it after each step.
 * - `view()` is read after settle(): the state checks look at.
 */
import type { CameraView, OsdModel, RecorderEvent, RecorderModelId, RecorderSnapshot } from '../firmware';
import type { OutsideWorldApi, OutsideWorldState } from '../outside';
import type { CameraAct } from './scenarioTypes';

/** The state a check reads: the recorder's, the cameras' and the outside world's. */
export interface WorldView {
  readonly recorder: RecorderSnapshot;
  readonly osd: OsdModel;
  readonly outside: OutsideWorldState;
  readonly cameras: readonly CameraView[];
  /** Whether the world's USB stick is in the recorder's port. */
  readonly usbInserted: boolean;
}

export interface ScenarioWorld {
  readonly modelId: RecorderModelId;
  readonly outside: OutsideWorldApi;
  view(): WorldView;
  /** An event for the recorder's firmware (screen input, the Info and Reset buttons). */
  sendToRecorder(event: RecorderEvent): void;
  setPowerSwitch(on: boolean): void;
  setUsbInserted(inserted: boolean): void;
  camera(index: number, act: CameraAct): void;
  /** P9: the mobile app's Add New Device for the camera at `index` (a Wi-Fi camera in pairing mode). */
  addCameraToAccount(index: number): { readonly ok: boolean; readonly message?: string };
  /** Takes a photo into the photo roll: of the recorder's screen as it is now, or of its sticker. */
  takePhoto(subject: 'info-screen' | 'sticker'): Promise<void>;
  /** Moves world (and device) time forward. */
  advance(ms: number): void;
  settle(): Promise<void>;
}
