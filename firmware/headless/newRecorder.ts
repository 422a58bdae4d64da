/**
 * Building a recorder's input for a new world: a unit made at the factory with a blank flash.
 */
import { DEFAULT_MODEL_ID, RECORDER_MODELS, type RecorderModelId } from '../catalogue/models';
import { DEFAULT_WORLD_START_MS, UNIT_TIMELINE_DAYS } from '../catalogue/rules';
import { yearMonthCode } from '../domain/deviceTime';
import { nextUint32 } from '../domain/random';
import { manufactureUnit } from '../domain/unitIdentity';
import { emptyFlash } from '../persistence/flash';
import type { RecorderInput } from '../machine/types';

export interface NewRecorderOptions {
  readonly modelId?: RecorderModelId;
  /** The world seed: the same seed gives the same unit identity and salts. */
  readonly seed?: number;
  /** World time at the start. Default DEFAULT_WORLD_START_MS. */
  readonly now?: number;
  readonly powerSwitchOn?: boolean;
  readonly pbkdf2Iterations?: number;
  readonly bootDurationMs?: number;
}

/** The firmware's salt-generator seed for a world seed (a separate draw from the one that made the unit). */
export function firmwareSeedFor(worldSeed: number): number {
  return nextUint32(worldSeed ^ 0x5eed)[0];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A unit's month of manufacture ("YYMM") for a world starting at `worldStartMs` (UNIT_TIMELINE_DAYS). */
export const manufacturedYearMonthFor = (worldStartMs: number): string =>
  yearMonthCode(worldStartMs - UNIT_TIMELINE_DAYS.manufacturedBeforeStart * DAY_MS);

/**
 * A factory-fresh recorder, made UNIT_TIMELINE_DAYS before the world's start. The unit's identity and the firmware's
 * salt generator use separate draws of the seed.
 */
export function newRecorderInput(options: NewRecorderOptions = {}): RecorderInput {
  const modelId = options.modelId ?? DEFAULT_MODEL_ID;
  const seed = options.seed ?? 1;
  const now = options.now ?? DEFAULT_WORLD_START_MS;
  return {
    modelId,
    unit: manufactureUnit(RECORDER_MODELS[modelId], seed, manufacturedYearMonthFor(now)),
    flash: emptyFlash(RECORDER_MODELS[modelId].firmwareVersion),
    now,
    powerSwitchOn: options.powerSwitchOn ?? false,
    seed: firmwareSeedFor(seed),
    ...(options.pbkdf2Iterations !== undefined ? { pbkdf2Iterations: options.pbkdf2Iterations } : {}),
    ...(options.bootDurationMs !== undefined ? { bootDurationMs: options.bootDurationMs } : {}),
  };
}
