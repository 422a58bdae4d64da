/**
 * The cameras of the simulation (docs/reset-paths.md#families): their models, timings and identities. Every value names its source;
 * values no source supports are marked *invented* so they can be corrected in one place. Units are in the names.
 */
import { SeededRandom } from '../domain/random';

const SECOND_MS = 1_000;
const MINUTE_MS = 60 * SECOND_MS;

export type CameraModelId = 'E893AB' | 'W462AQC';

export interface CameraModel {
  readonly id: CameraModelId;
  /** 'ip': PoE camera on an NVR port (P8); 'wifi': Wi-Fi camera bound to the app account (P9). */
  readonly kind: 'ip' | 'wifi';
  readonly description: string;
  /** Serial number prefix. *invented* */
  readonly serialPrefix: string;
}

export const CAMERA_MODELS: Readonly<Record<CameraModelId, CameraModel>> = {
  /** The model number is *invented* ("E8" style 4K IP bullet camera, domain research appendix E). */
  E893AB: { id: 'E893AB', kind: 'ip', description: '4K IP bullet camera (PoE)', serialPrefix: 'E893' },
  /** The model number is *invented* (2K Wi-Fi camera, domain research appendix E). */
  W462AQC: { id: 'W462AQC', kind: 'wifi', description: '2K Wi-Fi security camera', serialPrefix: 'W462' },
};

export const isCameraModelId = (value: unknown): value is CameraModelId =>
  typeof value === 'string' && Object.hasOwn(CAMERA_MODELS, value);

/**
 * IP camera reset: after re-plugging the Ethernet cable (power over Ethernet comes back) the button must still be
 * held this long. Source: KB-IPcam "Continue to hold the button for 15 seconds before releasing" (docs/invented-values.md).
 */
export const IP_CAMERA_RESET_HOLD_MS = 15 * SECOND_MS;

/** IP camera restart after a reset to defaults. Source: KB-IPcam "a few minutes"; 2 minutes is *invented* (docs/invented-values.md). */
export const IP_CAMERA_RESET_RESTART_MS = 2 * MINUTE_MS;

/** IP camera start-up when power over Ethernet arrives (not after a reset). *invented* */
export const IP_CAMERA_BOOT_MS = 20 * SECOND_MS;

/** Wi-Fi camera factory reset: hold the button this long. Source: seed 000 "Press the reset button for 10 seconds". */
export const WIFI_CAMERA_RESET_HOLD_MS = 10 * SECOND_MS;

/**
 * What a camera's status LED shows, readable by the label LED (docs/accessible-names.md). 'flashingGreen' is the Wi-Fi camera after
 * its reset (seed 000: "a flashing green light"); the IP camera's 'off' / 'blinking' (starting) / 'solid' (running)
 * scheme is *invented*.
 */
export type CameraLed = 'off' | 'blinking' | 'solid' | 'flashingGreen';

/** What a camera keeps across power loss. */
export interface CameraIdentity {
  readonly model: CameraModelId;
  readonly serial: string;
  readonly mac: string;
}

/** A camera made at the factory from a seed: the same model and seed always give the same camera. */
export function manufactureCamera(model: CameraModelId, seed: number): CameraIdentity {
  const random = new SeededRandom(seed ^ 0xca3e7a);
  // *invented* formats: prefix + 8 digits; a locally administered unicast MAC like the recorder's.
  const serial = `${CAMERA_MODELS[model].serialPrefix}${random.string('0123456789', 8)}`;
  const firstByte = (random.below(64) << 2) | 0b10;
  const bytes = [firstByte, ...Array.from({ length: 5 }, () => random.below(256))];
  const mac = bytes.map((byte) => byte.toString(16).padStart(2, '0').toUpperCase()).join(':');
  return { model, serial, mac };
}
