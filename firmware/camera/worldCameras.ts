/**
 * The cameras a new world has around its recorder, per recorder kind (docs/accessible-names.md: "the recorder and its cameras are
 * registered to that account"). The table is *invented* (no source says which cameras a customer owns); it gives every
 * reset path a camera to practise on: P8 on an NVR's IP cameras, P9 on the Wi-Fi camera, and on a DVR analog cameras
 * (no passwords to re-sync, domain research §7).
 *
 * newWorldCameras(modelId, worldSeed) makes them factory-fresh IP cameras (the NVR adds them with its own credential)
 * and a Wi-Fi camera bound to the account; the same model and seed always give the same cameras.
 */
import { RECORDER_MODELS, type RecorderModelId } from '../catalogue/models';
import { analogSerial, type SiteCameraRecord } from './attachCameras';
import { manufactureCamera } from './cameraCatalogue';

export type CameraSlot =
  | { readonly model: 'E893AB'; readonly port: number }
  | { readonly model: 'analog'; readonly port: number }
  | { readonly model: 'W462AQC' };

/** *invented*: two wired cameras on the first two inputs and one Wi-Fi camera. */
export const NEW_WORLD_CAMERAS: Readonly<Record<'NVR' | 'DVR', readonly CameraSlot[]>> = {
  NVR: [{ model: 'E893AB', port: 1 }, { model: 'E893AB', port: 2 }, { model: 'W462AQC' }],
  DVR: [{ model: 'analog', port: 1 }, { model: 'analog', port: 2 }, { model: 'W462AQC' }],
};

/** The identity seed of a world's camera: the same scheme attachCameras uses for cameras given without identity. */
export const cameraSeedFor = (worldSeed: number, index: number): number => worldSeed * 31 + index;

export function newWorldCameras(modelId: RecorderModelId, worldSeed: number): SiteCameraRecord[] {
  return NEW_WORLD_CAMERAS[RECORDER_MODELS[modelId].kind].map((slot, index): SiteCameraRecord => {
    const seed = cameraSeedFor(worldSeed, index);
    if (slot.model === 'analog') return slot;
    if (slot.model === 'W462AQC')
      return { model: 'W462AQC', persisted: { ...manufactureCamera('W462AQC', seed), bound: true } };
    return {
      model: 'E893AB',
      port: slot.port,
      persisted: { ...manufactureCamera('E893AB', seed), credential: null },
      ethernetPlugged: true,
    };
  });
}

/** The name of a camera's place on the bench, e.g. "Camera 1 — E893AB on port 1" (numbered from 1). */
export function cameraTitle(index: number, camera: SiteCameraRecord): string {
  const where =
    camera.model === 'W462AQC'
      ? 'W462AQC on Wi-Fi'
      : camera.model === 'analog'
        ? `analog camera on BNC input ${camera.port}`
        : `E893AB on port ${camera.port}`;
  return `Camera ${index + 1} — ${where}`;
}

/** The serial number a camera shows on its label. */
export const cameraSerial = (camera: SiteCameraRecord): string =>
  camera.model === 'analog' ? analogSerial(camera.port) : camera.persisted.serial;
