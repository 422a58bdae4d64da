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
import { attachCameras, type AttachedCameras, type SiteCameraOptions } from '../camera/attachCameras';
import type { RecorderSnapshot } from '../view/snapshotToOsdModel';
import { createHeadlessRecorder, type HeadlessRecorder, type HeadlessRecorderOptions } from './headlessRecorder';

export type { Chime, SiteCameraOptions } from '../camera/attachCameras';

export interface HeadlessSiteOptions extends HeadlessRecorderOptions {
  readonly cameras?: readonly SiteCameraOptions[];
}

/** The recorder and, from attachCameras, the camera controls (index = the camera's place in `cameras`). */
export interface HeadlessSite extends Pick<
  AttachedCameras,
  | 'chimes'
  | 'led'
  | 'pressReset'
  | 'releaseReset'
  | 'plugEthernet'
  | 'unplugEthernet'
  | 'addToAccount'
  | 'persisted'
  | 'ipCamera'
  | 'wifiCamera'
> {
  readonly recorder: HeadlessRecorder;
  advance(ms: number): void;
  /** Resolves when the recorder has finished its busy work (cameras have none). */
  settle(): Promise<RecorderSnapshot>;
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
