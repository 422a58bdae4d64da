/**
 * The stored form of the world's cameras (world record `cameras`, schema version 4): what each camera keeps across
 * power loss (SiteCameraRecord: identity, the credential the NVR gave an IP camera, a Wi-Fi camera's binding to the
 * app account, and whether an IP camera's Ethernet cable is plugged in). Validated with zod when read: IndexedDB
 * content is untrusted input.
 */
import * as z from 'zod/mini';
import type { RecorderModel, SiteCameraRecord } from '../../firmware';

/** Bounds of the stored cameras. *invented*: far above what a world has, low enough to refuse junk. */
export const CAMERA_LIMITS = { cameras: 32, credentialChars: 256 } as const;

const serial = z.string().check(z.regex(/^[A-Z0-9]{4,24}$/, 'must be 4 to 24 capital letters and digits'));
const mac = z
  .string()
  .check(z.regex(/^[0-9A-F]{2}(?::[0-9A-F]{2}){5}$/, 'must be a MAC address such as 00:1A:2B:3C:4D:5E'));
const port = z.number().check(z.int(), z.gte(1), z.lte(64));

const ipCameraSchema = z.object({
  model: z.literal('E893AB'),
  port,
  persisted: z.object({
    model: z.literal('E893AB'),
    serial,
    mac,
    credential: z.nullable(z.string().check(z.minLength(1), z.maxLength(CAMERA_LIMITS.credentialChars))),
  }),
  ethernetPlugged: z.boolean(),
});
const analogCameraSchema = z.object({ model: z.literal('analog'), port });
const wifiCameraSchema = z.object({
  model: z.literal('W462AQC'),
  persisted: z.object({ model: z.literal('W462AQC'), serial, mac, bound: z.boolean() }),
});

const portOf = (camera: SiteCameraRecord): number | null => ('port' in camera ? camera.port : null);

export const camerasSchema = z
  .array(z.discriminatedUnion('model', [ipCameraSchema, analogCameraSchema, wifiCameraSchema]))
  .check(
    z.maxLength(CAMERA_LIMITS.cameras),
    z.refine((cameras) => {
      const ports = cameras.map(portOf).filter((value) => value !== null);
      return new Set(ports).size === ports.length;
    }, 'two cameras on one port'),
  );

/** Why the cameras cannot be on this recorder (a port it does not have, a camera of the wrong kind), or null. */
export function cameraMismatch(cameras: readonly SiteCameraRecord[], model: RecorderModel): string | null {
  for (const [index, camera] of cameras.entries()) {
    const cameraPort = portOf(camera);
    if (cameraPort !== null && cameraPort > model.channels) return `cameras.${index}.port: no such port`;
    const wired = model.cameraInputs === 'poe' ? 'E893AB' : 'analog';
    if (cameraPort !== null && camera.model !== wired) return `cameras.${index}.model: not for a ${model.kind}`;
  }
  return null;
}
