/**
 * A headless site: one recorder and the cameras around it, on one world clock (SimulationClock). The browser shell
 * uses the same wiring for the Cameras place; Node tests drive it directly.
 *
 *   const site = createHeadlessSite({ modelId: 'LNR6108', seed: 7, cameras: [{ model: 'E893AB', port: 1 }] });
 *   site.recorder.send({ type: 'POWER_ON' }); site.advance(30_000); await site.settle(); site.led(0); // 'solid'
 *
 * Contract:
 * - IP cameras (E893AB) sit on a recorder port. They get power over Ethernet while the recorder is on (switched on and
 *   not shut down) and their cable is plugged in. Whenever a camera's reported state (model, serial, credential,
 *   online) changes, the site sends CAMERA_STATUS { port, camera } to the recorder; at start it reports every port.
 * - The recorder's emitted 'pushCameraCredentials' is delivered to each camera as SET_CREDENTIAL (the camera decides
 *   whether to accept it).
 * - Analog cameras ('analog', on a DVR's BNC input) have no firmware: online while the recorder is on.
 * - Wi-Fi cameras (W462AQC) are on no port; their chimes are collected in `chimes` with the world time.
 * - advance(ms) moves the one clock: the recorder and every camera receive TICK { now }.
 * - persisted(index) is what a camera keeps across power loss (to save in the world record).
 */
import { createActor, type Actor } from 'xstate';
import { manufactureCamera, type CameraLed, type CameraModelId } from '../camera/cameraCatalogue';
import { ipCameraLed, ipCameraMachine, isIpCameraOnline, type IpCameraPersisted } from '../camera/ipCameraMachine';
import { wifiCameraLed, wifiCameraMachine, type WifiCameraPersisted } from '../camera/wifiCameraMachine';
import type { CameraEmitted, PortCamera } from '../machine/types';
import type { RecorderSnapshot } from '../view/snapshotToOsdModel';
import { createHeadlessRecorder, type HeadlessRecorder, type HeadlessRecorderOptions } from './headlessRecorder';

export type SiteCameraOptions =
  | {
      readonly model: Extract<CameraModelId, 'E893AB'>;
      readonly port: number;
      /** Seed of the camera's identity; default: derived from the port. */
      readonly seed?: number;
      /** A saved camera (identity and credential); default: factory-fresh. */
      readonly persisted?: IpCameraPersisted;
      readonly ethernetPlugged?: boolean;
    }
  | { readonly model: 'analog'; readonly port: number }
  | {
      readonly model: Extract<CameraModelId, 'W462AQC'>;
      readonly seed?: number;
      /** Default: bound to the customer's account (SPEC §6.2: a new world's cameras are registered). */
      readonly persisted?: WifiCameraPersisted;
    };

export interface HeadlessSiteOptions extends HeadlessRecorderOptions {
  readonly cameras?: readonly SiteCameraOptions[];
}

type SiteCamera =
  | { readonly kind: 'ip'; readonly port: number; readonly actor: Actor<typeof ipCameraMachine> }
  | { readonly kind: 'analog'; readonly port: number; readonly serial: string }
  | { readonly kind: 'wifi'; readonly actor: Actor<typeof wifiCameraMachine> };

export interface Chime {
  /** Index of the camera in the options. */
  readonly camera: number;
  /** World time. */
  readonly at: number;
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

const isPoweringPorts = (snapshot: RecorderSnapshot): boolean =>
  snapshot.matches('on') && !snapshot.matches({ on: 'halted' });

const samePortCamera = (a: PortCamera | null, b: PortCamera | null): boolean => JSON.stringify(a) === JSON.stringify(b);

export function createHeadlessSite(options: HeadlessSiteOptions = {}): HeadlessSite {
  const recorder = createHeadlessRecorder(options);
  const { clock } = recorder;
  const chimes: Chime[] = [];
  const unsubscribers: (() => void)[] = [];
  const lastReported = new Map<number, PortCamera | null>();
  let poe = isPoweringPorts(recorder.snapshot());

  const report = (port: number, camera: PortCamera | null) => {
    if (lastReported.has(port) && samePortCamera(lastReported.get(port) ?? null, camera)) return;
    lastReported.set(port, camera);
    recorder.send({ type: 'CAMERA_STATUS', port, camera });
  };

  const cameras: SiteCamera[] = (options.cameras ?? []).map((camera, index): SiteCamera => {
    if (camera.model === 'analog') {
      return { kind: 'analog', port: camera.port, serial: `ANALOG-${camera.port}` };
    }
    const seed = camera.seed ?? (options.seed ?? 1) * 31 + index;
    if (camera.model === 'W462AQC') {
      const persisted = camera.persisted ?? { ...manufactureCamera('W462AQC', seed), bound: true };
      const actor = createActor(wifiCameraMachine, { input: { camera: persisted, now: clock.now() } });
      actor.on('chime', () => chimes.push({ camera: index, at: clock.now() }));
      return { kind: 'wifi', actor };
    }
    const persisted = camera.persisted ?? { ...manufactureCamera('E893AB', seed), credential: null };
    const actor = createActor(ipCameraMachine, {
      input: { camera: persisted, now: clock.now(), poe, ethernetPlugged: camera.ethernetPlugged ?? true },
    });
    return { kind: 'ip', port: camera.port, actor };
  });

  const reportAll = () => {
    for (const camera of cameras) {
      if (camera.kind === 'analog') {
        report(camera.port, { model: 'analog', serial: camera.serial, credential: null, online: poe });
      } else if (camera.kind === 'ip') {
        const snapshot = camera.actor.getSnapshot();
        const { model, serial, credential } = snapshot.context.camera;
        report(camera.port, { model, serial, credential, online: isIpCameraOnline(snapshot) });
      }
    }
  };

  for (const camera of cameras) {
    if (camera.kind === 'analog') continue;
    unsubscribers.push(clock.subscribe((now) => camera.actor.send({ type: 'TICK', now })));
    if (camera.kind === 'ip') unsubscribers.push(camera.actor.subscribe(reportAll).unsubscribe);
    camera.actor.start();
  }

  unsubscribers.push(
    recorder.actor.subscribe((snapshot) => {
      const powering = isPoweringPorts(snapshot);
      if (powering === poe) return;
      poe = powering;
      for (const camera of cameras) if (camera.kind === 'ip') camera.actor.send({ type: 'POE', on: poe });
      reportAll();
    }).unsubscribe,
  );
  unsubscribers.push(
    recorder.actor.on('pushCameraCredentials', (event) => {
      for (const push of (event as unknown as CameraEmitted).pushes) {
        for (const camera of cameras) {
          if (camera.kind === 'ip' && camera.port === push.port) {
            camera.actor.send({ type: 'SET_CREDENTIAL', credential: push.credential, current: push.current });
          }
        }
      }
    }).unsubscribe,
  );
  reportAll();

  const at = (index: number): SiteCamera => {
    const camera = cameras[index];
    if (!camera) throw new Error(`No camera ${index} on this site.`);
    return camera;
  };
  const ipCamera = (index: number) => {
    const camera = at(index);
    if (camera.kind !== 'ip') throw new Error(`Camera ${index} is not an IP camera.`);
    return camera.actor;
  };
  const wifiCamera = (index: number) => {
    const camera = at(index);
    if (camera.kind !== 'wifi') throw new Error(`Camera ${index} is not a Wi-Fi camera.`);
    return camera.actor;
  };
  const buttonActor = (index: number) => {
    const camera = at(index);
    if (camera.kind === 'analog') throw new Error(`Camera ${index} has no reset button.`);
    return camera.actor;
  };

  return {
    recorder,
    chimes,
    advance: (ms) => clock.advance(ms),
    settle: () => recorder.settle(),
    led: (index) => {
      const camera = at(index);
      if (camera.kind === 'ip') return ipCameraLed(camera.actor.getSnapshot());
      if (camera.kind === 'wifi') return wifiCameraLed(camera.actor.getSnapshot());
      return poe ? 'solid' : 'off';
    },
    pressReset: (index) => buttonActor(index).send({ type: 'RESET_DOWN' }),
    releaseReset: (index) => buttonActor(index).send({ type: 'RESET_UP' }),
    plugEthernet: (index) => ipCamera(index).send({ type: 'ETHERNET_PLUG' }),
    unplugEthernet: (index) => ipCamera(index).send({ type: 'ETHERNET_UNPLUG' }),
    addToAccount: (index) => wifiCamera(index).send({ type: 'ADD_TO_ACCOUNT' }),
    persisted: (index) => {
      const camera = at(index);
      return camera.kind === 'analog' ? null : camera.actor.getSnapshot().context.camera;
    },
    ipCamera,
    wifiCamera,
    stop: () => {
      for (const unsubscribe of unsubscribers) unsubscribe();
      for (const camera of cameras) if (camera.kind !== 'analog') camera.actor.stop();
      recorder.stop();
    },
  };
}
