/** The schema-version mechanism: applied in order, refusing what it cannot read. */
import { describe, expect, it } from 'vitest';
import { migrateWorldRecord } from '../../src/storage/migrations';
import { parseWorldRecord, WORLD_SCHEMA_VERSION } from '../../src/storage/worldRecord';
import { DOWNLOAD_FIRMWARE_VERSIONS } from '../../src/session/downloadStick';
import { newWorldRecord } from '../../src/session/newWorld';
import { RECORDER_MODELS } from '../../firmware';
import { verifyPassword } from '../../firmware/security/passwordHash';

const N863 = await newWorldRecord({ id: 'v1', modelId: 'N863A63B', seed: 4, startTime: 0, createdAt: 0 });
const LNR = await newWorldRecord({
  id: 'w',
  modelId: 'LNR6108',
  seed: 1,
  startTime: 0,
  createdAt: 0,
  pbkdf2Iterations: 10,
});

/** A world as schema version 1 stored it: no USB stick, no outside world, no cameras. */
function version1Record(modelId: string): Record<string, unknown> {
  const { usb: _usb, outside: _outside, cameras: _cameras, name: _name, ...rest } = N863;
  return { ...rest, schemaVersion: 1, recorder: { ...rest.recorder, modelId } };
}

/** A world as schema version 2 stored it: no outside world (and no cameras). */
function version2Record(): Record<string, unknown> {
  const { outside: _outside, cameras: _cameras, name: _name, ...rest } = N863;
  return { ...rest, schemaVersion: 2 };
}

describe('migrating a stored world', () => {
  it('passes a current record through unchanged', () => {
    const record = LNR;
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
    expect({
      ...migrated,
      usb: undefined,
      outside: undefined,
      cameras: undefined,
      name: undefined,
      schemaVersion: 1,
    }).toEqual({
      ...old,
      usb: undefined,
    });
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

describe('migrating a version 2 world (no outside world yet)', () => {
  it("gives it a new world's outside: the customer (Welcome#2026, hashed), the app's devices, the order e-mail", async () => {
    const old = version2Record();
    const migrated = parseWorldRecord(migrateWorldRecord(old));
    expect(migrated.schemaVersion).toBe(WORLD_SCHEMA_VERSION);
    expect({ ...migrated, outside: undefined, cameras: undefined, name: undefined, schemaVersion: 2 }).toEqual(old);
    const { outside } = migrated;
    expect(outside.account.email).toBe('alex@example.com');
    expect(await verifyPassword('Welcome#2026', outside.account.password)).toBe(true);
    expect(outside.recorders).toEqual([
      {
        modelId: 'N863A63B',
        deviceId: N863.recorder.unit.deviceId,
        serialNumber: N863.recorder.unit.serialNumber,
        secret: N863.recorder.unit.secret,
      },
    ]);
    expect(outside.appDevices.map((device) => device.kind)).toEqual([
      'recorder',
      'ip-camera',
      'ip-camera',
      'wifi-camera',
    ]);
    expect(outside.mailbox.map((mail) => mail.kind)).toEqual(['order-confirmation']);
    expect(outside.warranties).toEqual([]);
  });

  it('is the same every time (a migration must not depend on when it runs)', () => {
    expect(migrateWorldRecord(version2Record())).toEqual(migrateWorldRecord(version2Record()));
  });

  it('leaves junk for validation to name', () => {
    const junk = { ...version2Record(), recorder: { ...N863.recorder, modelId: 'XYZ' } };
    expect(() => parseWorldRecord(migrateWorldRecord(junk))).toThrow(/recorder.modelId/);
    expect(() => parseWorldRecord(migrateWorldRecord({ ...version2Record(), seed: 'x' }))).toThrow(/seed/);
  });
});

describe('migrating a version 4 world (no name yet)', () => {
  const version4 = (): Record<string, unknown> => {
    const { name: _name, ...rest } = { ...LNR, createdAt: Date.UTC(2026, 10, 21, 12, 30, 15) };
    return { ...rest, schemaVersion: 4 };
  };

  it('names it by its model and creation time, as the list showed it, and keeps the rest', () => {
    const migrated = parseWorldRecord(migrateWorldRecord(version4()));
    expect(migrated.schemaVersion).toBe(WORLD_SCHEMA_VERSION);
    expect(migrated.name).toBe('LNR6108, created 2026-11-21 12:30');
    expect({ ...migrated, name: undefined, schemaVersion: 4 }).toEqual({ ...version4(), name: undefined });
  });

  it('leaves junk for validation to name', () => {
    expect(() => parseWorldRecord(migrateWorldRecord({ ...version4(), createdAt: 'noon' }))).toThrow(/createdAt/);
    const unknown = { ...version4(), recorder: { ...LNR.recorder, modelId: 'XYZ' } };
    expect(() => parseWorldRecord(migrateWorldRecord(unknown))).toThrow(/recorder.modelId/);
  });
});

describe('validating a stored world', () => {
  const record = LNR;

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
    ['an empty name', { ...record, name: '' }, /at name/],
    ['a name with a line break', { ...record, name: 'a\nb' }, /at name/],
    ['no USB stick', { ...record, usb: undefined }, /usb/],
    ['no outside world', { ...record, outside: undefined }, /at outside/],
    [
      'an outside world of another recorder',
      { ...record, outside: { ...record.outside, recorders: N863.outside.recorders } },
      /outside.recorders: the recorder is not among them/,
    ],
    ['a corrupt outside world', { ...record, outside: { ...record.outside, tickets: 'none' } }, /at outside.tickets/],
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
