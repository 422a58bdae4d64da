/**
 * The USB stick every new world has beside the recorder (P12, P13): the customer downloaded a firmware upgrade for
 * the recorder's model from the support website onto it. The stick is hardware of the world, kept in the world
 * record; it starts out of the port.
 *
 * The downloaded versions (and their build dates) are kept in one place, the firmware's DOWNLOAD_FIRMWARE
 * (firmware/catalogue/firmwareReleases.ts, *invented*, with the stick's capacity), so Info shows the right build date once one is installed.
 */
import { DOWNLOAD_FIRMWARE, downloadStick, type RecorderModelId, type UsbStick } from '../../firmware';

/** The version of each model's download. */
export const DOWNLOAD_FIRMWARE_VERSIONS: Readonly<Record<RecorderModelId, string>> = Object.fromEntries(
  Object.entries(DOWNLOAD_FIRMWARE).map(([id, release]) => [id, release.version]),
) as Record<RecorderModelId, string>;

/** The world's stick and whether it is in the recorder's rear USB port. */
export interface WorldUsb {
  readonly inserted: boolean;
  readonly stick: UsbStick;
}

/** A new world's stick for a recorder of `modelId`: the downloaded firmware image, not inserted. */
export function downloadUsbFor(modelId: RecorderModelId): WorldUsb {
  return { inserted: false, stick: downloadStick(modelId) };
}
