/**
 * The USB stick every new world has beside the recorder (P12, P13): the customer downloaded a firmware upgrade for
 * the recorder's model from the support website onto it. The stick is hardware of the world, kept in the world
 * record; it starts out of the port.
 *
 * DOWNLOAD_FIRMWARE_VERSIONS is the one place the downloaded versions are kept. *invented*: each is newer than the
 * model's shipped version (RECORDER_MODELS[id].firmwareVersion) and follows that version's pattern.
 */
import { firmwareStick, type RecorderModelId, type UsbStick } from '../../firmware';

export const DOWNLOAD_FIRMWARE_VERSIONS: Readonly<Record<RecorderModelId, string>> = {
  LNR6108: 'V4.1.0.LX.260301',
  N863A63B: 'V3.3.0-LX',
  N841A81: 'V1.7.0.LX.260301',
  D841A82B: 'V1.5.0.LX.260301',
  LNR440: 'V3.220',
  N831A81: 'V2.2.0.LX.260301',
};

/** The world's stick and whether it is in the recorder's rear USB port. */
export interface WorldUsb {
  readonly inserted: boolean;
  readonly stick: UsbStick;
}

/** A new world's stick for a recorder of `modelId`: the downloaded firmware image, not inserted. */
export function downloadUsbFor(modelId: RecorderModelId): WorldUsb {
  return { inserted: false, stick: firmwareStick(modelId, DOWNLOAD_FIRMWARE_VERSIONS[modelId]) };
}
