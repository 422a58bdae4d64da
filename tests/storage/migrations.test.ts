/** The schema-version mechanism: applied in order, refusing what it cannot read. */
import { describe, expect, it } from 'vitest';
import { migrateWorldRecord } from '../../src/storage/migrations';
import { parseWorldRecord, WORLD_SCHEMA_VERSION } from '../../src/storage/worldRecord';
import { newWorldRecord } from '../../src/world/newWorld';

describe('migrating a stored world', () => {
  it('passes a current record through unchanged', () => {
    const record = newWorldRecord({ id: 'w', modelId: 'LNR6108', seed: 1, startTime: 0, createdAt: 0 });
    expect(migrateWorldRecord(record)).toEqual(record);
    expect(parseWorldRecord(migrateWorldRecord(record))).toEqual(record);
  });

  it('applies each step in order up to the target version', () => {
    const migrations = {
      1: (record: Record<string, unknown>) => ({ ...record, renamed: record.old, old: undefined }),
      2: (record: Record<string, unknown>) => ({ ...record, added: 'default' }),
    };
    expect(migrateWorldRecord({ schemaVersion: 1, old: 'value' }, { migrations, targetVersion: 3 })).toEqual({
      schemaVersion: 3,
      renamed: 'value',
      old: undefined,
      added: 'default',
    });
  });

  it('refuses a record from a newer version, without a version, or not an object', () => {
    expect(() => migrateWorldRecord({ schemaVersion: WORLD_SCHEMA_VERSION + 1 })).toThrow(/newer version/);
    expect(() => migrateWorldRecord({})).toThrow(/schema version/);
    expect(() => migrateWorldRecord('text')).toThrow(/not an object/);
    expect(() => migrateWorldRecord([])).toThrow(/not an object/);
  });

  it('refuses a gap in the migrations', () => {
    expect(() => migrateWorldRecord({ schemaVersion: 1 }, { migrations: {}, targetVersion: 2 })).toThrow(
      /No migration/,
    );
  });
});

describe('validating a stored world', () => {
  const record = newWorldRecord({ id: 'w', modelId: 'LNR6108', seed: 1, startTime: 0, createdAt: 0 });

  it.each([
    ['an unknown model', { ...record, recorder: { ...record.recorder, modelId: 'XYZ' } }, /recorder.modelId/],
    [
      'a short Device ID',
      { ...record, recorder: { ...record.recorder, unit: { ...record.recorder.unit, deviceId: 'ABC' } } },
      /deviceId/,
    ],
    [
      'a plaintext password',
      {
        ...record,
        recorder: {
          ...record.recorder,
          flash: { ...record.recorder.flash, users: [{ name: 'admin', group: 'admin', password: 'Camera2026' }] },
        },
      },
      /password/,
    ],
    ['a negative time', { ...record, worldTime: -5 }, /worldTime/],
  ])('names the field of %s', (_name, bad, where) => {
    expect(() => parseWorldRecord(bad)).toThrow(where);
  });
});
