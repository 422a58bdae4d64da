/** The schema-version mechanism: applied in order, refusing what it cannot read. */
import { describe, expect, it } from 'vitest';
import { migrateWorldRecord } from '../../src/storage/migrations';
import { parseWorldRecord, WORLD_SCHEMA_VERSION } from '../../src/storage/worldRecord';
import { DOWNLOAD_FIRMWARE_VERSIONS } from '../../src/world/downloadStick';
import { newWorldRecord } from '../../src/world/newWorld';
import { RECORDER_MODELS } from '../../firmware';

/** A world as schema version 1 stored it: no USB stick (and nothing later versions added). */
function version1Record(modelId: string): Record<string, unknown> {
  const {
    usb: _usb,
    cameras: _cameras,
    ...rest
  } = newWorldRecord({ id: 'v1', modelId: 'N863A63B', seed: 4, startTime: 0, createdAt: 0 });
  return { ...rest, schemaVersion: 1, recorder: { ...rest.recorder, modelId } };
}

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

describe('migrating a version 1 world (no USB stick yet)', () => {
  it("gives it the downloaded firmware stick for its recorder's model, not inserted, and keeps the rest", () => {
    const old = version1Record('N863A63B');
    const migrated = parseWorldRecord(migrateWorldRecord(old));
    expect(migrated.schemaVersion).toBe(WORLD_SCHEMA_VERSION);
    expect(migrated.usb.inserted).toBe(false);
    expect(migrated.usb.stick.files).toEqual([
      expect.objectContaining({ kind: 'firmware', modelId: 'N863A63B', version: DOWNLOAD_FIRMWARE_VERSIONS.N863A63B }),
    ]);
    expect({ ...migrated, usb: undefined, cameras: undefined, schemaVersion: 1 }).toEqual({ ...old, usb: undefined });
  });

  it('leaves a world of an unknown model for validation to refuse', () => {
    expect(() => parseWorldRecord(migrateWorldRecord(version1Record('XYZ')))).toThrow(/recorder.modelId/);
  });

  it('offers every model a newer firmware than it ships with', () => {
    for (const model of Object.values(RECORDER_MODELS)) {
      const ours = model.firmwareVersion.match(/\d+/g)!.map(Number);
      const download = DOWNLOAD_FIRMWARE_VERSIONS[model.id].match(/\d+/g)!.map(Number);
      const newer = download.findIndex((part, i) => part !== ours[i]);
      expect(newer, model.id).toBeGreaterThanOrEqual(0);
      expect(download[newer]! > ours[newer]!, model.id).toBe(true);
    }
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
    ['no USB stick', { ...record, usb: undefined }, /usb/],
    [
      'a USB stick holding more than it can',
      { ...record, usb: { inserted: true, stick: { ...record.usb.stick, capacityMb: 1 } } },
      /usb.stick: stick overfull/,
    ],
    [
      'a USB file of an unknown kind',
      {
        ...record,
        usb: { ...record.usb, stick: { ...record.usb.stick, files: [{ name: 'x', kind: 'exe', sizeMb: 1 }] } },
      },
      /usb.stick.files.0.kind/,
    ],
  ])('names the field of %s', (_name, bad, where) => {
    expect(() => parseWorldRecord(bad)).toThrow(where);
  });
});
