/**
 * The firmware releases of each model, with the build date Info shows while that release is installed. Info follows
 * the installed version (flash.firmware.version): after an upgrade or a recovery re-flash it shows the new release's
 * build date, never the shipped one's.
 *
 * The shipped release is the model's own (RECORDER_MODELS[id].firmwareVersion and buildDate, catalogue/models.ts).
 * DOWNLOAD_FIRMWARE is the release the support website offers for download: the firmware image on every new world's
 * USB stick (src/session/downloadStick.ts). *invented*: versions and build dates (no source gives Lorex release
 * numbers); each download is newer than its model's shipped release and follows that version's pattern; where the
 * version ends in a date (`.YYMMDD`) the build date is that date.
 */
import { firmwareStick, type UsbStick } from '../domain/usbStick';
import type { RecorderModel, RecorderModelId } from './models';

export interface FirmwareRelease {
  readonly version: string;
  /** YYYY-MM-DD. */
  readonly buildDate: string;
}

export const DOWNLOAD_FIRMWARE: Readonly<Record<RecorderModelId, FirmwareRelease>> = {
  LNR6108: { version: 'V4.1.0.LX.260301', buildDate: '2026-03-01' },
  N863A63B: { version: 'V3.3.0-LX', buildDate: '2025-10-06' },
  N841A81: { version: 'V1.7.0.LX.260301', buildDate: '2026-03-01' },
  D841A82B: { version: 'V1.5.0.LX.260301', buildDate: '2026-03-01' },
  LNR440: { version: 'V3.220', buildDate: '2015-01-16' },
  N831A81: { version: 'V2.2.0.LX.260301', buildDate: '2026-03-01' },
};

/** Shown as Build Date for an installed image that is none of the model's known releases. *invented* */
export const UNKNOWN_BUILD_DATE = 'Unknown';

/** The build date of `version` on `model`: the shipped release's, the download's, or UNKNOWN_BUILD_DATE. */
export function buildDateOf(model: RecorderModel, version: string): string {
  if (version === model.firmwareVersion) return model.buildDate;
  const download = DOWNLOAD_FIRMWARE[model.id];
  return version === download.version ? download.buildDate : UNKNOWN_BUILD_DATE;
}

/**
 * The capacity of the world's USB stick: large enough to back up the newest hour of all 16 channels of the largest
 * model (P13) besides the firmware image. *invented* (a common 64 GB stick)
 */
export const DOWNLOAD_STICK_CAPACITY_MB = 64_000;

/** The world's USB stick: the model's downloaded firmware image (DOWNLOAD_FIRMWARE) on a DOWNLOAD_STICK_CAPACITY_MB stick. */
export const downloadStick = (modelId: RecorderModelId): UsbStick =>
  firmwareStick(modelId, DOWNLOAD_FIRMWARE[modelId].version, DOWNLOAD_STICK_CAPACITY_MB);
