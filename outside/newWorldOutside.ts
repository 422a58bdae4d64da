/**
 * The outside world of a new simulated world, built from its recorder and seed (docs/accessible-names.md): the
 * manufacturer's record of the recorder, and the devices registered in the customer's app: the recorder, every IP
 * camera of an NVR and the Wi-Fi camera, the same cameras as the world's camera table (newWorldCameras), so their
 * serials are those of the cameras in the Cameras place. The browser's new worlds and the scenarios' start states
 * (scenarios/) both build it here.
 */
import { newWorldCameras, type RecorderModelId, type UnitIdentity } from '../firmware';
import { manufacturedRecorder, newOutsideWorldState, type NewAppDevice } from './newOutsideWorldState';
import type { OutsideWorldState } from './outsideTypes';

/**
 * The cameras registered in the app of a new world: every IP camera of an NVR (named by its port, "Camera 1",
 * "Camera 2") and the Wi-Fi camera. A DVR's analog cameras have no account of their own: the app sees them through
 * the recorder.
 */
export function registeredCameras(modelId: RecorderModelId, seed: number): NewAppDevice[] {
  return newWorldCameras(modelId, seed).flatMap((camera): NewAppDevice[] => {
    if (camera.model === 'E893AB') {
      const serialNumber = camera.persisted.serial;
      return [{ kind: 'ip-camera', modelId: camera.model, serialNumber, name: `Camera ${camera.port}` }];
    }
    if (camera.model === 'W462AQC') {
      const serialNumber = camera.persisted.serial;
      return [{ kind: 'wifi-camera', modelId: camera.model, serialNumber, name: 'Wi-Fi camera 1' }];
    }
    return [];
  });
}

/** What a new world's outside world is made from. */
export interface NewWorldBasics {
  readonly modelId: RecorderModelId;
  readonly unit: UnitIdentity;
  readonly seed: number;
  /** World time at the start. */
  readonly now: number;
}

/** The options of newOutsideWorldState for a new world (the caller adds the password or its cost). */
export const newWorldOutsideOptions = (world: NewWorldBasics) => ({
  seed: world.seed,
  now: world.now,
  recorder: manufacturedRecorder(world.modelId, world.unit),
  devices: registeredCameras(world.modelId, world.seed),
});

/** A new world's outside world; asynchronous because the customer's password is hashed (PBKDF2). */
export function newWorldOutside(world: NewWorldBasics, pbkdf2Iterations?: number): Promise<OutsideWorldState> {
  return newOutsideWorldState({ ...newWorldOutsideOptions(world), ...(pbkdf2Iterations ? { pbkdf2Iterations } : {}) });
}
