/**
 * The recorder model catalogue (docs/reset-paths.md#families) and the formats of each unit's identity. Values not given by a source are
 * marked *invented*; model numbers follow the styles seen in the sources (domain research §E).
 */
import type { ProfileId } from './profiles';

export type RecorderModelId = 'LNR6108' | 'N863A63B' | 'N841A81' | 'D841A82B' | 'LNR440' | 'N831A81';

export interface RecorderModel {
  readonly id: RecorderModelId;
  readonly kind: 'NVR' | 'DVR';
  readonly profile: ProfileId;
  readonly channels: number;
  /** PoE ports for IP cameras (NVR) or BNC inputs for analog cameras (DVR). */
  readonly cameraInputs: 'poe' | 'bnc';
  readonly description: string;
  /** The shipped release, shown on Info as System Version until another is installed. *invented* for every model. */
  readonly firmwareVersion: string;
  /**
   * The shipped release's Build Date (YYYY-MM-DD); other releases' are in firmwareReleases.ts. *invented* for every
   * model.
   */
  readonly buildDate: string;
  /** Whether the mainboard has a user-reachable reset button (P7 hardware path). */
  readonly hasResetButton: boolean;
  /** First characters of the serial number. *invented* */
  readonly serialPrefix: string;
  /** The hard disk shown on Info, until disks are simulated. *invented* */
  readonly hdd: string;
  readonly sources: string;
}

export const DEFAULT_MODEL_ID: RecorderModelId = 'LNR6108';

export const RECORDER_MODELS: Readonly<Record<RecorderModelId, RecorderModel>> = {
  LNR6108: {
    id: 'LNR6108',
    kind: 'NVR',
    profile: 'cloud',
    channels: 8,
    cameraInputs: 'poe',
    description: '8-channel 4K NVR (Lorex Cloud)',
    firmwareVersion: 'V4.0.21.LX.250912',
    buildDate: '2025-09-12',
    hasResetButton: false,
    serialPrefix: 'LNR6108',
    hdd: '2 TB',
    sources: 'docs/reset-paths.md#families: *invented* model in the LNR600 style; the seed 001 path',
  },
  N863A63B: {
    id: 'N863A63B',
    kind: 'NVR',
    profile: 'app',
    channels: 16,
    cameraInputs: 'poe',
    description: '16-channel 4K Fusion NVR (Lorex App)',
    firmwareVersion: 'V3.2.1.0-LX',
    buildDate: '2024-03-18',
    hasResetButton: true,
    serialPrefix: 'N863B',
    hdd: '4 TB',
    sources: 'docs/reset-paths.md#families; series named in seed 004; reset button *invented*',
  },
  N841A81: {
    id: 'N841A81',
    kind: 'NVR',
    profile: 'home',
    channels: 8,
    cameraInputs: 'poe',
    description: '8-channel 4K NVR (Lorex Home)',
    firmwareVersion: 'V1.6.0.LX.230610',
    buildDate: '2023-06-10',
    hasResetButton: false,
    serialPrefix: 'N841A',
    hdd: '2 TB',
    sources: 'docs/reset-paths.md#families; MAN-N841',
  },
  D841A82B: {
    id: 'D841A82B',
    kind: 'DVR',
    profile: 'home',
    channels: 8,
    cameraInputs: 'bnc',
    description: '8-channel 4K analog DVR (Lorex Home)',
    firmwareVersion: 'V1.4.2.LX.230214',
    buildDate: '2023-02-14',
    hasResetButton: false,
    serialPrefix: 'D841A',
    hdd: '2 TB',
    sources: 'docs/reset-paths.md#families; SKU from the D841 manual; family assumed',
  },
  LNR440: {
    id: 'LNR440',
    kind: 'NVR',
    profile: 'legacy',
    channels: 4,
    cameraInputs: 'poe',
    description: '4-channel NVR (legacy LNR400 series)',
    firmwareVersion: 'V3.210',
    buildDate: '2014-05-20',
    hasResetButton: false,
    serialPrefix: 'LNR440',
    hdd: '1 TB',
    sources: 'docs/reset-paths.md#families; MAN-LNR400',
  },
  N831A81: {
    id: 'N831A81',
    kind: 'NVR',
    profile: 'connect',
    channels: 8,
    cameraInputs: 'poe',
    description: '8-channel 4K NVR (Lorex Connect)',
    firmwareVersion: 'V2.1.3.LX.240927',
    buildDate: '2024-09-27',
    hasResetButton: false,
    serialPrefix: 'N831A',
    hdd: '2 TB',
    sources:
      'docs/reset-paths.md#families; KB-N831 (security questions, app verification); version, build date and HDD *invented*',
  },
};

/** Whether `id` names a recorder in the catalogue (for untrusted input such as `?model=`). */
export function isRecorderModelId(id: string): id is RecorderModelId {
  return Object.hasOwn(RECORDER_MODELS, id);
}
