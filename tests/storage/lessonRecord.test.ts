/** The stored lesson is read back through its schema: a real one round-trips; anything else is dropped, whole. */
import { describe, expect, it } from 'vitest';
import { openScenario, scenarioById, startLesson } from '../../scenarios';
import { parseLessonRecord, type LessonRecord } from '../../src/storage/lessonRecord';

async function lesson(): Promise<LessonRecord> {
  const scenario = scenarioById('p2-cloud')!;
  const world = await openScenario(scenario, {
    seed: 3_000_000_000,
    startTime: Date.UTC(2026, 2, 2),
    pbkdf2Iterations: 1_000,
  });
  const progress = startLesson(scenario, world.view(), { mode: 'learn' });
  world.stop();
  return {
    version: 1,
    opened: {
      scenarioId: scenario.id,
      modelId: 'LNR6108',
      seed: 3_000_000_000,
      startTime: Date.UTC(2026, 2, 2),
      speed: 1,
      embed: false,
    },
    progress,
  };
}

describe('a stored lesson', () => {
  it('round-trips, with a seed of the full 32-bit range', async () => {
    const record = await lesson();
    expect(parseLessonRecord(JSON.stringify(record))).toEqual(record);
  });

  it('is dropped when it is not JSON, breaks the schema, or names a scenario the catalogue does not have', async () => {
    const record = await lesson();
    expect(parseLessonRecord(undefined)).toBeNull();
    expect(parseLessonRecord('{not json')).toBeNull();
    expect(parseLessonRecord(JSON.stringify({ ...record, version: 2 }))).toBeNull();
    expect(parseLessonRecord(JSON.stringify({ ...record, progress: { ...record.progress, step: -1 } }))).toBeNull();
    const gone = {
      ...record,
      opened: { ...record.opened, scenarioId: 'p99-cloud' },
      progress: { ...record.progress, scenarioId: 'p99-cloud' },
    };
    expect(parseLessonRecord(JSON.stringify(gone))).toBeNull();
    expect(parseLessonRecord(JSON.stringify({ ...record, progress: { ...record.progress, step: 99 } }))).toBeNull();
  });
});
