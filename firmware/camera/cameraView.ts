/**
 * What a person standing at the cameras sees and what the mobile app reads: one plain, serializable view per camera,
 * derived from the attached cameras (attachCameras) at one moment. Pure; the browser's Cameras place and the mobile
 * app render it, Node tests compare it.
 *
 *   status  IP camera: 'off' (no power over Ethernet), 'starting', 'restarting' (after a reset to defaults),
 *           'running'. Analog camera: 'running' while the DVR is on, else 'off'. Wi-Fi camera: 'running' (its own
 *           power adapter is always plugged in).
 *   pairing Wi-Fi camera only: unbound from the app account, waiting for Add New Device (P9).
 *   lastChimeAt  Wi-Fi camera only: world time of its last chime, or null.
 */
import type { AttachedCameras } from './attachCameras';
import type { CameraLed } from './cameraCatalogue';
import { cameraSerial, cameraTitle } from './worldCameras';

export type CameraStatus = 'off' | 'starting' | 'restarting' | 'running';

export interface CameraView {
  readonly index: number;
  /** e.g. "Camera 1 — E893AB on port 1". */
  readonly title: string;
  readonly kind: 'ip' | 'analog' | 'wifi';
  readonly model: 'E893AB' | 'analog' | 'W462AQC';
  /** The recorder port (PoE or BNC), or null for the Wi-Fi camera. */
  readonly port: number | null;
  readonly serial: string;
  readonly mac: string | null;
  readonly led: CameraLed;
  readonly status: CameraStatus;
  /** IP cameras: whether the Ethernet cable is plugged in; null for the others. */
  readonly ethernetPlugged: boolean | null;
  readonly pairing: boolean;
  readonly lastChimeAt: number | null;
}

function statusOf(cameras: AttachedCameras, index: number): CameraStatus {
  const kind = cameras.kind(index);
  if (kind === 'wifi') return 'running';
  if (kind === 'analog') return cameras.led(index) === 'off' ? 'off' : 'running';
  const snapshot = cameras.ipCamera(index).getSnapshot();
  if (snapshot.matches('unpowered')) return 'off';
  if (snapshot.matches({ powered: 'running' })) return 'running';
  return snapshot.matches({ powered: 'restarting' }) ? 'restarting' : 'starting';
}

export function describeCamera(cameras: AttachedCameras, index: number): CameraView {
  const record = cameras.record(index);
  const chimes = cameras.chimes.filter((chime) => chime.camera === index);
  return {
    index,
    title: cameraTitle(index, record),
    kind: cameras.kind(index),
    model: record.model,
    port: 'port' in record ? record.port : null,
    serial: cameraSerial(record),
    mac: record.model === 'analog' ? null : record.persisted.mac,
    led: cameras.led(index),
    status: statusOf(cameras, index),
    ethernetPlugged: record.model === 'E893AB' ? record.ethernetPlugged : null,
    pairing: record.model === 'W462AQC' && !record.persisted.bound,
    lastChimeAt: chimes.at(-1)?.at ?? null,
  };
}

export const describeCameras = (cameras: AttachedCameras): CameraView[] =>
  Array.from({ length: cameras.count }, (_, index) => describeCamera(cameras, index));

/** The LED as words, for the label LED (docs/accessible-names.md): "off", "blinking", "solid", "flashing green". */
export const ledText = (led: CameraLed): string => (led === 'flashingGreen' ? 'flashing green' : led);
