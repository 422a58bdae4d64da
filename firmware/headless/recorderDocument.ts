/**
 * Export and import of what a recorder persists (docs/architecture.md#persistence): a versioned JSON document with the model, the unit's
 * identity (fixed at manufacture) and the flash. Nothing from RAM is in it (no session, lockout counter, open
 * menu, typed text or progress): importing it is plugging the same unit in after a power cut.
 *
 * An imported document is untrusted: parseRecorderDocument checks the envelope and the unit, and the flash through
 * restoreFlash (migrations, key-by-key restore). Anything wrong refuses the whole document with a message naming
 * the field; nothing is half imported.
 */
import * as z from 'zod/mini';
import { isRecorderModelId, RECORDER_MODELS, type RecorderModelId } from '../catalogue/models';
import { DEVICE_ID_ALPHABET, DEVICE_ID_LENGTH, type UnitIdentity } from '../domain/unitIdentity';
import type { Flash } from '../persistence/flash';
import { restoreFlash, storedTimeSchema } from '../persistence/flashSchema';
import { firstProblem, REPORT_INPUT } from '../persistence/schemaProblem';

export const RECORDER_DOCUMENT_FORMAT = 'recorder-simulator/recorder';
/** Version of the document envelope (the flash inside carries its own schemaVersion). */
export const RECORDER_DOCUMENT_VERSION = 1;

export interface RecorderDocument {
  readonly format: typeof RECORDER_DOCUMENT_FORMAT;
  readonly version: typeof RECORDER_DOCUMENT_VERSION;
  readonly modelId: RecorderModelId;
  readonly unit: UnitIdentity;
  /** World time when it was exported: a recorder imported without a clock continues from there. */
  readonly exportedAt: number;
  readonly flash: Flash;
}

export type RecorderDocumentResult =
  { readonly ok: true; readonly document: RecorderDocument } | { readonly ok: false; readonly problem: string };

/** Thrown by importRecorder when a document is refused. */
export class RecorderDocumentError extends Error {
  override readonly name = 'RecorderDocumentError';
}

const unitSchema = z.object({
  deviceId: z
    .string()
    .check(
      z.regex(
        new RegExp(`^[${DEVICE_ID_ALPHABET}]{${DEVICE_ID_LENGTH}}$`),
        `must be ${DEVICE_ID_LENGTH} capital letters and digits`,
      ),
    ),
  serialNumber: z.string().check(z.regex(/^[A-Z0-9]{4,40}$/, 'must be 4 to 40 capital letters and digits')),
  macAddress: z
    .string()
    .check(z.regex(/^[0-9A-F]{2}(?::[0-9A-F]{2}){5}$/, 'must be a MAC address such as 00:1A:2B:3C:4D:5E')),
  secret: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits')),
  manufacturedYearMonth: z.string().check(z.regex(/^\d{4}$/, 'must be four digits (YYMM)')),
});

const envelopeSchema = z.object({
  format: z.literal(RECORDER_DOCUMENT_FORMAT),
  version: z.literal(RECORDER_DOCUMENT_VERSION),
  modelId: z.string(),
  unit: unitSchema,
  exportedAt: storedTimeSchema,
  flash: z.unknown(),
});

/** The document of a recorder's persisted state. */
export function recorderDocument(
  modelId: RecorderModelId,
  unit: UnitIdentity,
  flash: Flash,
  now: number,
): RecorderDocument {
  return JSON.parse(
    JSON.stringify({
      format: RECORDER_DOCUMENT_FORMAT,
      version: RECORDER_DOCUMENT_VERSION,
      modelId,
      unit,
      exportedAt: now,
      flash,
    }),
  ) as RecorderDocument;
}

/** A document (or its JSON text) checked and restored, or the first problem found. */
export function parseRecorderDocument(raw: unknown): RecorderDocumentResult {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return { ok: false, problem: 'document: not valid JSON' };
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problem: 'document: not an object' };
  }
  const envelope = envelopeSchema.safeParse(value, REPORT_INPUT);
  if (!envelope.success) return { ok: false, problem: firstProblem(envelope.error, 'file') };
  const { modelId, unit, exportedAt, flash } = envelope.data;
  if (!isRecorderModelId(modelId)) return { ok: false, problem: `file.modelId: unknown model "${modelId}"` };
  const restored = restoreFlash(flash, RECORDER_MODELS[modelId].firmwareVersion);
  if (!restored.ok) return { ok: false, problem: `file.${restored.problem}` };
  return {
    ok: true,
    document: recorderDocument(modelId, unit, restored.flash, exportedAt),
  };
}
