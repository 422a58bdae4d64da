/**
 * What every gallery scene shares: the fixed seed and start time, the recorder each family is shown on, the practice
 * passwords, and how a scene's model is taken from a driven recorder.
 */
import type { OsdModel, ProfileId, RecorderDriver, RecorderModelId } from '../../firmware';

export const SCENE_START_MS = Date.UTC(2026, 2, 2, 9, 41, 0);
export const SEED = 20260302;
export const FAST = { seed: SEED, now: SCENE_START_MS, pbkdf2Iterations: 1_000 } as const;

/** The recorder each family is shown on (docs/reset-paths.md#families). */
export const PROFILE_MODELS: Readonly<Record<ProfileId, RecorderModelId>> = {
  cloud: 'LNR6108',
  home: 'N841A81',
  app: 'N863A63B',
  legacy: 'LNR440',
  connect: 'N831A81',
};

export const PROFILE_ORDER: readonly ProfileId[] = ['cloud', 'home', 'app', 'legacy', 'connect'];

/** Practice passwords per family (each meets its family's rule). *invented* */
export const PASSWORDS = {
  sixCharacters: { known: '482913', next: '260511', wrong: '111111', second: '731946' },
  eightToThirtyTwoTwoTypes: { known: 'Camera2026', next: 'Lorex#2027', wrong: 'Wrong#1234', second: 'Second#2026' },
} as const;
export const LEGACY_DEFAULT_PASSWORD = '000000';
/** A stick big enough for a 16-channel backup. *invented* */
export const BACKUP_STICK_MB = 64_000;

export interface Scene {
  /** Unique id, `<profile>/<screen>`. */
  readonly id: string;
  readonly profile: ProfileId;
  /** The screen's name (a gallery caption and a file name). */
  readonly screen: string;
  readonly build: () => Promise<OsdModel>;
}

/** The model the driver's recorder shows once its steps are done; the recorder is stopped. */
export async function modelOf(driver: RecorderDriver): Promise<OsdModel> {
  await driver;
  const model = driver.recorder.osdModel();
  driver.recorder.stop();
  return model;
}
