/**
 * The outside world of a stored world, built from its recorder and seed (docs/accessible-names.md): the manufacturer's record of
 * the recorder, and the devices registered in the customer's app: the recorder, every IP camera of an NVR and the
 * Wi-Fi camera, the same cameras as the world record's `cameras` (registeredCameras).
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
 * The cameras registered in the app of a new world: every IP camera of an NVR (named by its port, "Camera 1",
 * "Camera 2") and the Wi-Fi camera, taken from the world's camera table (newWorldCameras), so their serials are those
 * of the cameras in the Cameras place. A DVR's analog cameras have no account of their own: the app sees them through
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
