/**
 * The outside world of a stored world, built from its recorder and seed (docs/accessible-names.md): the manufacturer's record of
 * the recorder, and the devices registered in the customer's app: the recorder, an IP camera on an NVR's first port,
 * and a Wi-Fi camera, the same cameras as the world record's `cameras` (registeredCameras).
 *
 * The account password hash is either computed (new worlds, async) or the precomputed MIGRATION_PASSWORD_HASH
 * (migrating a stored world must be synchronous: it runs inside IndexedDB transactions).
 */
import { newWorldCameras, type PasswordHash, type RecorderModelId, type UnitIdentity } from '../../firmware';
import {
  buildOutsideWorldState,
  manufacturedRecorder,
  newOutsideWorldState,
  outsideRandomState,
  type NewAppDevice,
  type OutsideWorldState,
} from '../../outside';

/**
 * PBKDF2-SHA-256 of the customer's password Welcome#2026 (docs/accessible-names.md), 600,000 iterations, salt "migration v2->v3":
 * computed once with Node (crypto.pbkdf2) so the 2 → 3 migration needs no async work. Only worlds made before the
 * outside world existed get it; new worlds get a salt from their own seed.
 */
export const MIGRATION_PASSWORD_HASH: PasswordHash = {
  algorithm: 'PBKDF2-SHA-256',
  iterations: 600_000,
  salt: '6d6967726174696f6e2076322d3e7633',
  hash: 'bebe1073e0af2c2b70148f0173f230ef82a8dc5d88f2c3675a0d7c71a59703db',
};

/**
 * The cameras registered in the app of a new world: the IP camera on an NVR's first port and the Wi-Fi camera, taken
 * from the world's camera table (newWorldCameras), so their serials are those of the cameras in the Cameras place.
 */
export function registeredCameras(modelId: RecorderModelId, seed: number): NewAppDevice[] {
  const cameras = newWorldCameras(modelId, seed);
  const devices: NewAppDevice[] = [];
  const ip = cameras.find((camera) => camera.model === 'E893AB');
  if (ip?.model === 'E893AB') {
    devices.push({ kind: 'ip-camera', modelId: ip.model, serialNumber: ip.persisted.serial, name: 'Camera 1' });
  }
  const wifi = cameras.find((camera) => camera.model === 'W462AQC');
  if (wifi?.model === 'W462AQC') {
    const serialNumber = wifi.persisted.serial;
    devices.push({ kind: 'wifi-camera', modelId: wifi.model, serialNumber, name: 'Wi-Fi camera 1' });
  }
  return devices;
}

interface WorldBasics {
  readonly modelId: RecorderModelId;
  readonly unit: UnitIdentity;
  readonly seed: number;
  /** World time at the start. */
  readonly now: number;
}

const optionsOf = (world: WorldBasics) => ({
  seed: world.seed,
  now: world.now,
  recorder: manufacturedRecorder(world.modelId, world.unit),
  devices: registeredCameras(world.modelId, world.seed),
});

export function newWorldOutside(world: WorldBasics, pbkdf2Iterations?: number): Promise<OutsideWorldState> {
  return newOutsideWorldState({ ...optionsOf(world), ...(pbkdf2Iterations ? { pbkdf2Iterations } : {}) });
}

export function migratedWorldOutside(world: WorldBasics): OutsideWorldState {
  return buildOutsideWorldState({
    ...optionsOf(world),
    password: MIGRATION_PASSWORD_HASH,
    randomState: outsideRandomState(world.seed),
  });
}
