/**
 * A scenario opening that has not finished (src/session/scenarioWorlds.ts), stored beside its new world under
 * `opening:<world id>` from the moment the world is created until its lesson is saved. Bringing a world to step n
 * replays the solutions of the steps before it, which takes a while; if the tab is closed meanwhile, the next start
 * finds this record and opens the scenario again from scratch (the same seed gives the same world), so a reload
 * never leaves a half-prepared world without its lesson. Read back through the schema, like every stored record.
 */
import * as z from 'zod/mini';
import { scenarioById, type LessonMode } from '../../scenarios';
import { parseStoredJson } from './storedJson';

export interface OpeningRecord {
  readonly version: 1;
  readonly scenarioId: string;
  /** 0-based step the world is being brought to. */
  readonly step: number;
  readonly mode: LessonMode;
  readonly seed: number;
  readonly startTime: number;
  readonly speed: number;
  readonly embed: boolean;
}

export const openingKey = (worldId: string) => `opening:${worldId}`;

const openingSchema = z.object({
  version: z.literal(1),
  scenarioId: z.string().check(z.maxLength(60)),
  step: z.number().check(z.int(), z.gte(0), z.lte(1000)),
  mode: z.enum(['learn', 'assess']),
  seed: z.number().check(z.int(), z.gte(0), z.lte(0xffffffff)),
  startTime: z.number().check(z.gte(0), z.lte(8.64e15)),
  speed: z.number().check(z.gte(0), z.lte(3600)),
  embed: z.boolean(),
});

/** The stored text as an unfinished opening, or null when there is none or it names no scenario of this catalogue. */
export function parseOpeningRecord(text: string | undefined): OpeningRecord | null {
  const record = parseStoredJson(text, openingSchema);
  const scenario = record && scenarioById(record.scenarioId);
  if (!record || !scenario || record.step >= scenario.steps.length) return null;
  return record;
}
