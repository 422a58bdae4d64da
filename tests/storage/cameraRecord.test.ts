/** The world's cameras in the stored record: the v3 → v4 migration and the validation of `cameras`. */
import { describe, expect, it } from 'vitest';
import { newWorldCameras } from '../../firmware';
import { migrateWorldRecord } from '../../src/storage/migrations';
import { parseWorldRecord, WORLD_SCHEMA_VERSION } from '../../src/storage/worldRecord';
import { newWorldRecord } from '../../src/session/newWorld';

const WORLDS = {
  LNR6108: await newWorldRecord({
    id: 'v3',
    modelId: 'LNR6108',
    seed: 9,
    startTime: 0,
    createdAt: 0,
    pbkdf2Iterations: 10,
  }),
  D841A82B: await newWorldRecord({
    id: 'v3',
    modelId: 'D841A82B',
    seed: 9,
    startTime: 0,
    createdAt: 0,
    pbkdf2Iterations: 10,
  }),
  LNR440: await newWorldRecord({
    id: 'w',
    modelId: 'LNR440',
    seed: 3,
    startTime: 0,
    createdAt: 0,
    pbkdf2Iterations: 10,
  }),
};

/** A world as schema version 3 stored it: no cameras. */
function version3Record(modelId: 'LNR6108' | 'D841A82B'): Record<string, unknown> {
  const { cameras: _cameras, ...rest } = WORLDS[modelId];
  return { ...rest, schemaVersion: 3 };
}

describe('migrating a version 3 world (no cameras yet)', () => {
  it('gives an NVR two factory-fresh IP cameras on ports 1 and 2 and a Wi-Fi camera bound to the account', () => {
    const migrated = parseWorldRecord(migrateWorldRecord(version3Record('LNR6108')));
    expect(migrated.schemaVersion).toBe(WORLD_SCHEMA_VERSION);
    expect(migrated.cameras).toEqual(newWorldCameras('LNR6108', 9));
    expect(migrated.cameras.map((camera) => [camera.model, 'port' in camera ? camera.port : null])).toEqual([
      ['E893AB', 1],
      ['E893AB', 2],
      ['W462AQC', null],
    ]);
  });

  it('gives a DVR analog cameras on its first two BNC inputs and the Wi-Fi camera', () => {
    const migrated = parseWorldRecord(migrateWorldRecord(version3Record('D841A82B')));
    expect(migrated.cameras.map((camera) => camera.model)).toEqual(['analog', 'analog', 'W462AQC']);
  });

  it('leaves a world without a seed for validation to refuse', () => {
    expect(() => parseWorldRecord(migrateWorldRecord({ ...version3Record('LNR6108'), seed: 'x' }))).toThrow(/seed/);
  });
});

describe('validating the stored cameras', () => {
  const record = WORLDS.LNR440;
  const [first, second, wifi] = record.cameras as [never, never, never];

  it('accepts a new world and keeps a credential, a binding and an unplugged cable', () => {
    const changed = [
      {
        ...(first as object),
        ethernetPlugged: false,
        persisted: { ...(first as { persisted: object }).persisted, credential: 'abc=' },
      },
      second,
      { ...(wifi as object), persisted: { ...(wifi as { persisted: object }).persisted, bound: false } },
    ];
    expect(parseWorldRecord({ ...record, cameras: changed }).cameras).toEqual(changed);
  });

  it.each([
    ['no cameras list', undefined, /cameras/],
    ['two cameras on one port', [first, first], /two cameras on one port/],
    ['a port the recorder does not have', [{ ...(first as object), port: 5 }], /cameras.0.port: no such port/],
    ['an analog camera on an NVR', [{ model: 'analog', port: 3 }], /cameras.0.model: not for a NVR/],
    ['an unknown camera model', [{ model: 'X1', port: 1 }], /cameras.0/],
    [
      'a bad serial',
      [{ ...(wifi as object), persisted: { ...(wifi as { persisted: object }).persisted, serial: '<b>' } }],
      /serial/,
    ],
  ])('refuses %s, naming the field', (_name, cameras, where) => {
    expect(() => parseWorldRecord({ ...record, cameras })).toThrow(where);
  });
});
