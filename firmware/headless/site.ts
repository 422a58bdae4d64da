/**
 * A headless site: one recorder and the cameras around it, on one world clock (SimulationClock). The wiring is
 * attachCameras (camera/attachCameras.ts), the same the browser's WorldSession uses; Node tests drive it directly.
 *
 *   const site = createHeadlessSite({ modelId: 'LNR6108', seed: 7, cameras: [{ model: 'E893AB', port: 1 }] });
 *   site.recorder.send({ type: 'POWER_ON' }); site.advance(30_000); await site.settle(); site.led(0); // 'solid'
 *
 * Contract: see attachCameras (power over Ethernet, CAMERA_STATUS reports, credential pushes, chimes).
 * advance(ms) moves the one clock: the recorder and every camera receive TICK { now }. persisted(index) is what a
 * camera keeps across power loss (to save in the world record).
 */
import type { Actor } from 'xstate';
import { attachCameras, type Chime, type SiteCameraOptions } from '../camera/attachCameras';
import type { CameraLed } from '../camera/cameraCatalogue';
import type { ipCameraMachine, IpCameraPersisted } from '../camera/ipCameraMachine';
import type { wifiCameraMachine, WifiCameraPersisted } from '../camera/wifiCameraMachine';
import type { RecorderSnapshot } from '../view/snapshotToOsdModel';
import { createHeadlessRecorder, type HeadlessRecorder, type HeadlessRecorderOptions } from './headlessRecorder';

export type { Chime, SiteCameraOptions } from '../camera/attachCameras';

export interface HeadlessSiteOptions extends HeadlessRecorderOptions {
  readonly cameras?: readonly SiteCameraOptions[];
}

export interface HeadlessSite {
  readonly recorder: HeadlessRecorder;
  /** Chimes played by Wi-Fi cameras, oldest first. */
  readonly chimes: readonly Chime[];
  advance(ms: number): void;
  /** Resolves when the recorder has finished its busy work (cameras have none). */
  settle(): Promise<RecorderSnapshot>;
  led(camera: number): CameraLed;
  pressReset(camera: number): void;
  releaseReset(camera: number): void;
  plugEthernet(camera: number): void;
  unplugEthernet(camera: number): void;
  /** The mobile app's "Add New Device" for a Wi-Fi camera. */
  addToAccount(camera: number): void;
  persisted(camera: number): IpCameraPersisted | WifiCameraPersisted | null;
  ipCamera(camera: number): Actor<typeof ipCameraMachine>;
  wifiCamera(camera: number): Actor<typeof wifiCameraMachine>;
  stop(): void;
}

export function createHeadlessSite(options: HeadlessSiteOptions = {}): HeadlessSite {
  const recorder = createHeadlessRecorder(options);
  const cameras = attachCameras({
    recorder: recorder.actor,
    clock: recorder.clock,
    cameras: options.cameras ?? [],
    seed: options.seed ?? 1,
  });
  return {
    recorder,
    chimes: cameras.chimes,
    advance: (ms) => recorder.clock.advance(ms),
    settle: () => recorder.settle(),
    led: cameras.led,
    pressReset: cameras.pressReset,
    releaseReset: cameras.releaseReset,
    plugEthernet: cameras.plugEthernet,
    unplugEthernet: cameras.unplugEthernet,
    addToAccount: cameras.addToAccount,
    persisted: cameras.persisted,
    ipCamera: cameras.ipCamera,
    wifiCamera: cameras.wifiCamera,
    stop: () => {
      cameras.detach();
      recorder.stop();
    },
  };
}
