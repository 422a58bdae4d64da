/**
 * Creating a world: a factory-fresh recorder of the chosen model, its USB stick with the downloaded firmware (out of
 * the port), the outside world (sessionOutside.ts: the customer, the app's devices, the order e-mail), a world seed,
 * and a start time. Asynchronous because the customer's password is hashed (PBKDF2). The shell picks
 * the seed with crypto.getRandomValues and the id with crypto.randomUUID; everything after is deterministic.
 */
import { newRecorderInput, newWorldCameras, type RecorderModelId } from '../../firmware';
import { WORLD_SCHEMA_VERSION, type WorldRecord } from '../storage/worldRecord';
import { downloadUsbFor } from './downloadStick';
import { newWorldOutside } from './sessionOutside';

export interface NewWorldOptions {
  readonly id: string;
  readonly modelId: RecorderModelId;
  /** What "Open simulation" calls it (default: the model; the shell gives a unique one, worldName.ts). */
  readonly name?: string;
  readonly seed: number;
  /** Simulated time at the start, ms since the epoch. */
  readonly startTime: number;
  /** Wall-clock creation time, for listing. */
  readonly createdAt: number;
  /** PBKDF2 cost of the customer's password hash (default: the firmware's); only ever lowered by tests. */
  readonly pbkdf2Iterations?: number;
}

export async function newWorldRecord(options: NewWorldOptions): Promise<WorldRecord> {
  const startTime = Math.floor(options.startTime / 1000) * 1000;
  const input = newRecorderInput({ modelId: options.modelId, seed: options.seed, now: startTime });
  const seed = options.seed >>> 0;
  const outside = await newWorldOutside(
    { modelId: input.modelId, unit: input.unit, seed, now: startTime },
    options.pbkdf2Iterations,
  );
  return {
    schemaVersion: WORLD_SCHEMA_VERSION,
    id: options.id,
    name: options.name ?? input.modelId,
    createdAt: options.createdAt,
    seed,
    worldTime: startTime,
    // The simulation starts with the recorder plugged in and switched on: it boots at once, as a real one does.
    recorder: { modelId: input.modelId, unit: input.unit, flash: input.flash, powerSwitchOn: true },
    usb: downloadUsbFor(input.modelId),
    cameras: newWorldCameras(input.modelId, options.seed >>> 0),
    outside,
  };
}
