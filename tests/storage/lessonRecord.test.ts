/** The stored lesson is read back through its schema: a real one round-trips; anything else is dropped, whole. */
import { describe, expect, it } from 'vitest';
import { parseLessonRecord } from '../../src/storage/lessonRecord';
import { lessonRecordOf } from './support/lessonRecord';

const lesson = () => lessonRecordOf('p2-cloud', 3_000_000_000, Date.UTC(2026, 2, 2));

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
