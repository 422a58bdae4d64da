/**
 * The wiring between a running recorder and the cameras around it, on one world clock. Used by the headless site
 * (createHeadlessSite, Node) and by the browser's WorldSession, so both run exactly the same rules.
 *
 *   const cameras = attachCameras({ recorder: actor, clock, cameras: [{ model: 'E893AB', port: 1 }] });
 *   cameras.pressReset(0); cameras.unplugEthernet(0); cameras.plugEthernet(0); clock.advance(15_000);
 *
 * Contract:
 * - IP cameras (E893AB) sit on a recorder port. They get power over Ethernet while the recorder is on (switched on and
 *   not shut down) and their cable is plugged in. Whenever a camera's reported state (model, serial, credential,
 *   online) changes, the recorder gets CAMERA_STATUS { port, camera }; at attach time every port is reported.
 * - The recorder's emitted 'pushCameraCredentials' is delivered to each camera as SET_CREDENTIAL (the camera decides
 *   whether to accept it).
 * - Analog cameras ('analog', on a DVR's BNC input) have no firmware: online while the recorder is on.
 * - Wi-Fi cameras (W462AQC) are on no port; each chime is recorded in `chimes` with the world time and told to
 *   `onChime` listeners (the browser plays it).
 * - Time reaches the cameras only as TICK { now } from the clock.
 * - record(index) is what a camera keeps across power loss (its identity, credential or binding, and for an IP
 *   camera whether its cable is plugged in), in the shape `cameras` accepts back: a host saves it and re-attaches.
 * - subscribe(listener) hears every change of any camera (including time-only ones: compare what you read).
 * - detach() stops the cameras and unhooks them from the recorder and the clock; it does not stop the recorder.
 */
import { createActor, type Actor } from 'xstate';
import type { RecorderMachine } from '../machine/recorderMachine';
import type { CameraEmitted, PortCamera } from '../machine/types';
import type { SimulationClock } from '../sim/simulationClock';
import type { RecorderSnapshot } from '../view/snapshotToOsdModel';
import { manufactureCamera, type CameraLed, type CameraModelId } from './cameraCatalogue';
import { ipCameraLed, ipCameraMachine, isIpCameraOnline, type IpCameraPersisted } from './ipCameraMachine';
import { wifiCameraLed, wifiCameraMachine, type WifiCameraPersisted } from './wifiCameraMachine';

export type SiteCameraOptions =
  | {
      readonly model: Extract<CameraModelId, 'E893AB'>;
      readonly port: number;
      /** Seed of the camera's identity; default: derived from the site seed and the camera's index. */
      readonly seed?: number;
      /** A saved camera (identity and credential); default: factory-fresh. */
      readonly persisted?: IpCameraPersisted;
      readonly ethernetPlugged?: boolean;
    }
  | { readonly model: 'analog'; readonly port: number }
  | {
      readonly model: Extract<CameraModelId, 'W462AQC'>;
      readonly seed?: number;
      /** Default: bound to the customer's account (docs/accessible-names.md: a new world's cameras are registered). */
      readonly persisted?: WifiCameraPersisted;
    };

/** A camera as saved (what it keeps across power loss); valid as SiteCameraOptions to attach it again. */
export type SiteCameraRecord =
  | {
      readonly model: 'E893AB';
      readonly port: number;
      readonly persisted: IpCameraPersisted;
      readonly ethernetPlugged: boolean;
    }
  | { readonly model: 'analog'; readonly port: number }
  | { readonly model: 'W462AQC'; readonly persisted: WifiCameraPersisted };

export interface Chime {
  /** Index of the camera in the options. */
  readonly camera: number;
  /** World time. */
  readonly at: number;
}

export interface AttachCamerasOptions {
  readonly recorder: Actor<RecorderMachine>;
  readonly clock: SimulationClock;
  readonly cameras: readonly SiteCameraOptions[];
  /** Seed for cameras given without identity or seed: camera i gets seed * 31 + i. Default 1. */
  readonly seed?: number;
}

export interface AttachedCameras {
  readonly count: number;
  /** Chimes played by Wi-Fi cameras, oldest first. */
  readonly chimes: readonly Chime[];
  kind(camera: number): 'ip' | 'analog' | 'wifi';
  led(camera: number): CameraLed;
  pressReset(camera: number): void;
  releaseReset(camera: number): void;
  plugEthernet(camera: number): void;
  unplugEthernet(camera: number): void;
  /** The mobile app's "Add New Device" for a Wi-Fi camera (ignored unless it is unbound, i.e. in pairing mode). */
  addToAccount(camera: number): void;
  persisted(camera: number): IpCameraPersisted | WifiCameraPersisted | null;
  record(camera: number): SiteCameraRecord;
  ipCamera(camera: number): Actor<typeof ipCameraMachine>;
  wifiCamera(camera: number): Actor<typeof wifiCameraMachine>;
  subscribe(listener: () => void): () => void;
  onChime(listener: (chime: Chime) => void): () => void;
  detach(): void;
}

type SiteCamera =
  | { readonly kind: 'ip'; readonly port: number; readonly actor: Actor<typeof ipCameraMachine> }
  | { readonly kind: 'analog'; readonly port: number; readonly serial: string }
  | { readonly kind: 'wifi'; readonly actor: Actor<typeof wifiCameraMachine> };

/** Ports get power while the recorder is switched on and not shut down. */
export const isPoweringPorts = (snapshot: RecorderSnapshot): boolean =>
  snapshot.matches('on') && !snapshot.matches({ on: 'halted' });

const samePortCamera = (a: PortCamera | null, b: PortCamera | null): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The serial an analog camera reports (it has no identity of its own). */
export const analogSerial = (port: number): string => `ANALOG-${port}`;

export function attachCameras(options: AttachCamerasOptions): AttachedCameras {
  const { recorder, clock } = options;
  const chimes: Chime[] = [];
  const unsubscribers: (() => void)[] = [];
  const listeners = new Set<() => void>();
  const chimeListeners = new Set<(chime: Chime) => void>();
  const lastReported = new Map<number, PortCamera | null>();
  let poe = isPoweringPorts(recorder.getSnapshot());
  const notify = () => {
    for (const listener of listeners) listener();
  };

  const report = (port: number, camera: PortCamera | null) => {
    if (lastReported.has(port) && samePortCamera(lastReported.get(port) ?? null, camera)) return;
    lastReported.set(port, camera);
    recorder.send({ type: 'CAMERA_STATUS', port, camera });
  };

  const cameras: SiteCamera[] = options.cameras.map((camera, index): SiteCamera => {
    if (camera.model === 'analog') return { kind: 'analog', port: camera.port, serial: analogSerial(camera.port) };
    const seed = camera.seed ?? (options.seed ?? 1) * 31 + index;
    if (camera.model === 'W462AQC') {
      const persisted = camera.persisted ?? { ...manufactureCamera('W462AQC', seed), bound: true };
      const actor = createActor(wifiCameraMachine, { input: { camera: persisted, now: clock.now() } });
      actor.on('chime', () => {
        const chime = { camera: index, at: clock.now() };
        chimes.push(chime);
        for (const listener of chimeListeners) listener(chime);
      });
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
    if (camera.kind === 'ip') {
      unsubscribers.push(
        camera.actor.subscribe(() => {
          reportAll();
          notify();
        }).unsubscribe,
      );
    } else {
      unsubscribers.push(camera.actor.subscribe(notify).unsubscribe);
    }
    camera.actor.start();
  }

  unsubscribers.push(
    recorder.subscribe((snapshot) => {
      const powering = isPoweringPorts(snapshot);
      if (powering === poe) return;
      poe = powering;
      for (const camera of cameras) if (camera.kind === 'ip') camera.actor.send({ type: 'POE', on: poe });
      reportAll();
      notify();
    }).unsubscribe,
  );
  unsubscribers.push(
    recorder.on('pushCameraCredentials', (event) => {
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
    count: cameras.length,
    chimes,
    kind: (index) => at(index).kind,
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
    record: (index) => {
      const camera = at(index);
      if (camera.kind === 'analog') return { model: 'analog', port: camera.port };
      if (camera.kind === 'wifi') return { model: 'W462AQC', persisted: camera.actor.getSnapshot().context.camera };
      const { context } = camera.actor.getSnapshot();
      return {
        model: 'E893AB',
        port: camera.port,
        persisted: context.camera,
        ethernetPlugged: context.ethernetPlugged,
      };
    },
    ipCamera,
    wifiCamera,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onChime: (listener) => {
      chimeListeners.add(listener);
      return () => chimeListeners.delete(listener);
    },
    detach: () => {
      for (const unsubscribe of unsubscribers) unsubscribe();
      listeners.clear();
      chimeListeners.clear();
      for (const camera of cameras) if (camera.kind !== 'analog') camera.actor.stop();
    },
  };
}
