/**
 * The lesson of a world (src/lesson), stored beside it in the meta store under `lesson:<world id>` as JSON: the
 * scenario it follows, how it was opened (for Restart step and Restart scenario), and its progress. A reload (a power
 * cut) resumes the lesson at the same step. Read back through the schema: stored data is untrusted, and a lesson
 * that does not parse, or names a scenario the catalogue no longer has, is dropped (the world itself is untouched).
 */
import * as z from 'zod/mini';
import { isRecorderModelId, type RecorderModelId } from '../../firmware';
import { scenarioById, type LessonProgress } from '../../scenarios';
import { parseStoredJson } from './storedJson';

export interface LessonRecord {
  readonly version: 1;
  /** How the scenario's world was made: the same values make the same world at every step. */
  readonly opened: {
    readonly scenarioId: string;
    readonly modelId: RecorderModelId;
    readonly seed: number;
    readonly startTime: number;
    /** Simulation speed to run at once prepared. */
    readonly speed: number;
    /** Shown inside an iframe (`?embed`): the parent page gets `message` events. */
    readonly embed: boolean;
  };
  readonly progress: LessonProgress;
}

export const lessonKey = (worldId: string) => `lesson:${worldId}`;

const count = z.number().check(z.int(), z.gte(0), z.lte(1_000_000));
const time = z.number().check(z.gte(0), z.lte(8.64e15));
const hash = z.string().check(z.maxLength(200));

const lessonSchema = z.object({
  version: z.literal(1),
  opened: z.object({
    scenarioId: z.string().check(z.maxLength(60)),
    modelId: z.string().check(z.refine(isRecorderModelId, 'must be a recorder model')),
    seed: z.number().check(z.int(), z.gte(0), z.lte(0xffffffff)),
    startTime: time,
    speed: z.number().check(z.gte(0), z.lte(3600)),
    embed: z.boolean(),
  }),
  progress: z.object({
    scenarioId: z.string().check(z.maxLength(60)),
    mode: z.enum(['learn', 'assess']),
    step: count,
    baseline: z.object({
      adminPasswordHash: z.nullable(hash),
      accountPasswordHash: hash,
      appWifiCameras: z.array(hash).check(z.maxLength(20)),
    }),
    gathered: z
      .array(z.enum(['deviceId', 'serialNumber', 'model', 'displayedDate', 'infoPhoto', 'stickerPhoto']))
      .check(z.maxLength(6)),
    done: z
      .array(
        z.object({
          step: count,
          completedAtWorld: time,
          completedAtReal: z.number().check(z.gte(0)),
          wrongTries: count,
          hints: count,
          showMes: count,
        }),
      )
      .check(z.maxLength(100)),
    outOfOrder: z.array(count).check(z.maxLength(100)),
    heldAtStart: z.array(count).check(z.maxLength(100)),
    wrongTries: count,
    hints: count,
    showMes: count,
    lastAlert: z.nullable(z.string().check(z.maxLength(400))),
    startedAtWorld: time,
    realMs: z.number().check(z.gte(0)),
  }),
});

/** The stored text as a lesson, or null when it is not one this catalogue can resume. */
export function parseLessonRecord(text: string | undefined): LessonRecord | null {
  const parsed = parseStoredJson(text, lessonSchema);
  if (!parsed) return null;
  const record = parsed as LessonRecord;
  const scenario = scenarioById(record.opened.scenarioId);
  if (!scenario || record.progress.scenarioId !== scenario.id || record.progress.step > scenario.steps.length)
    return null;
  return record;
}
