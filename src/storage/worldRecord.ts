/**
 * The stored form of a simulated world (docs/architecture.md#persistence): what survives closing the tab. Only what a real recorder keeps on
 * flash (and the world around it) is stored, never the firmware's RAM or an actor snapshot.
 *
 * WORLD_SCHEMA_VERSION: do not change the shape of WorldRecord without raising it and adding a migration in
 * migrations.ts. Records are validated with zod when read, because IndexedDB content is untrusted input.
 */
import * as z from 'zod/mini';
import {
  isRecorderModelId,
  RECORDER_MODELS,
  firstProblem,
  plainTextSchema,
  REPORT_INPUT,
  restoreFlash,
  rules,
  type Flash,
  type RecorderModelId,
  type SiteCameraRecord,
  type UnitIdentity,
} from '../../firmware';
import { parseOutsideWorldState, type OutsideWorldState } from '../../outside';
import type { WorldUsb } from '../session/downloadStick';
import { cameraMismatch, camerasSchema } from './cameraRecord';
import { WORLD_NAME_MAX_CHARS } from './worldName';

/**
 * 1: the first stored shape. 2: the world's USB stick (`usb`). 3: the outside world (`outside`). 4: the cameras
 * around the recorder (`cameras`). 5: the world's name (`name`, worldName.ts).
 */
export const WORLD_SCHEMA_VERSION = 5;

export interface WorldRecord {
  readonly schemaVersion: typeof WORLD_SCHEMA_VERSION;
  readonly id: string;
  /** What "Open simulation" calls it (worldName.ts: trimmed, 1 to WORLD_NAME_MAX_CHARS, no control characters). */
  readonly name: string;
  /** Wall-clock time the world was created (for listing only; the simulation never reads it). */
  readonly createdAt: number;
  /** The world seed (unsigned 32-bit): the unit's identity and the firmware's salts derive from it. */
  readonly seed: number;
  /** Simulated world time, ms since the epoch, at the last save. */
  readonly worldTime: number;
  readonly recorder: {
    readonly modelId: RecorderModelId;
    readonly unit: UnitIdentity;
    readonly flash: Flash;
    /** The rear power switch: left on, the recorder boots again when the tab reopens. */
    readonly powerSwitchOn: boolean;
  };
  /** The world's USB stick (hardware: its files survive power cuts) and whether it is in the rear USB port. */
  readonly usb: WorldUsb;
  /** The outside world: account, warranties, tickets, inbox, photos, the app (outside/). */
  readonly outside: OutsideWorldState;
  /** The cameras around the recorder, as they keep themselves across power loss (cameraRecord.ts). */
  readonly cameras: readonly SiteCameraRecord[];
}

const hex = (bytes: number) =>
  z.string().check(z.regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`), `must be ${bytes * 2} lowercase hex digits`));
const uint32 = z.number().check(z.int(), z.gte(0), z.lte(0xffff_ffff));
/** The world's own times are never before 1970, and within the firmware's stored-time range. */
const TIME_RANGE = 'must be a time between 1970-01-01 and 2200-01-01 (ms since 1970)';
const time = z.number().check(z.int(), z.gte(0, TIME_RANGE), z.lte(rules.STORED_TIME_MAX_MS, TIME_RANGE));

const unitSchema = z.object({
  deviceId: z.string().check(z.regex(/^[A-Z0-9]{15}$/, 'must be 15 capital letters and digits')),
  serialNumber: z.string().check(z.regex(/^[A-Z0-9]{6,24}$/, 'must be 6 to 24 capital letters and digits')),
  macAddress: z
    .string()
    .check(z.regex(/^[0-9A-F]{2}(?::[0-9A-F]{2}){5}$/, 'must be a MAC address such as 00:1A:2B:3C:4D:5E')),
  secret: hex(32),
  manufacturedYearMonth: z.string().check(z.regex(/^\d{4}$/, 'must be four digits (YYMM)')),
});

/** Bounds of a stored stick. *invented*: far above what the simulation writes, low enough to refuse junk. */
export const USB_LIMITS = { labelChars: 32, fileNameChars: 96, files: 500, capacityMb: 2_000_000 } as const;

const sizeMb = z.number().check(z.gte(0), z.lte(USB_LIMITS.capacityMb));
const usbFileSchema = z.object({
  name: plainTextSchema(USB_LIMITS.fileNameChars).check(z.minLength(1)),
  kind: z.enum(['firmware', 'backup']),
  modelId: z.optional(z.string().check(z.maxLength(40))),
  version: z.optional(z.string().check(z.maxLength(40))),
  sizeMb,
});
const usbStickSchema = z
  .object({
    label: plainTextSchema(USB_LIMITS.labelChars),
    capacityMb: z.number().check(z.int(), z.gte(1), z.lte(USB_LIMITS.capacityMb)),
    files: z.array(usbFileSchema).check(z.maxLength(USB_LIMITS.files)),
  })
  .check(
    z.refine((stick) => new Set(stick.files.map((file) => file.name)).size === stick.files.length, 'duplicate file'),
    z.refine((stick) => stick.files.reduce((sum, file) => sum + file.sizeMb, 0) <= stick.capacityMb, 'stick overfull'),
  );

export const worldRecordSchema = z.object({
  schemaVersion: z.literal(WORLD_SCHEMA_VERSION),
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  createdAt: time,
  seed: uint32,
  worldTime: time,
  recorder: z.object({
    modelId: z.string().check(z.refine(isRecorderModelId, 'unknown recorder model')),
    unit: unitSchema,
    // Checked key by key by the firmware's restoreFlash (parseWorldRecord), which also migrates older flashes.
    flash: z.unknown(),
    powerSwitchOn: z.boolean(),
  }),
  usb: z.object({ inserted: z.boolean(), stick: usbStickSchema }),
  // Checked by the firmware's parseOutsideWorldState (parseWorldRecord), with its own size limits.
  outside: z.unknown(),
  cameras: camerasSchema,
  // Last: a record that older migrations could not complete is named by its first missing field, not by its name.
  name: plainTextSchema(WORLD_NAME_MAX_CHARS).check(
    z.refine((name) => name.length > 0 && name.trim() === name, 'must be a name without surrounding spaces'),
  ),
});

/** Checks a record read from storage; throws a readable error naming the first invalid field. */
export function parseWorldRecord(raw: unknown): WorldRecord {
  const result = worldRecordSchema.safeParse(raw, REPORT_INPUT);
  if (!result.success) throw new Error(`Saved simulation is invalid at ${firstProblem(result.error, '', 'record')}`);
  const record = result.data;
  const model = RECORDER_MODELS[record.recorder.modelId as RecorderModelId];
  const flash = restoreFlash(record.recorder.flash, model.firmwareVersion);
  if (!flash.ok) throw new Error(`Saved simulation is invalid at recorder.${flash.problem}`);
  const mismatch = cameraMismatch(record.cameras, model);
  if (mismatch) throw new Error(`Saved simulation is invalid at ${mismatch}`);
  const outside = parseOutsideWorldState(record.outside);
  if (!outside.ok) throw new Error(`Saved simulation is invalid at outside.${outside.problem}`);
  const unit = record.recorder.unit;
  const made = outside.state.recorders.some(
    (known) =>
      known.serialNumber === unit.serialNumber && known.deviceId === unit.deviceId && known.secret === unit.secret,
  );
  if (!made) throw new Error('Saved simulation is invalid at outside.recorders: the recorder is not among them');
  return { ...record, recorder: { ...record.recorder, flash: flash.flash }, outside: outside.state } as WorldRecord;
}
