import { describe, expect, it } from 'vitest';
import {
  buildDateOf,
  DOWNLOAD_FIRMWARE,
  PROFILES,
  RECORDER_MODELS,
  UNKNOWN_BUILD_DATE,
  manufactureUnit,
  isRecorderModelId,
} from '../../../firmware';
import { DEVICE_ID_ALPHABET } from '../../../firmware/domain/unitIdentity';

describe('the profile table', () => {
  it.each(Object.values(PROFILES))('$id names a source (or *invented*) for every rule', (profile) => {
    for (const source of Object.values(profile.sources)) expect(source.trim().length).toBeGreaterThan(3);
  });

  it('keeps the lockout figures of docs/reset-paths.md#families', () => {
    expect(PROFILES.legacy.lockout.maxFailures).toBe(3);
    expect(PROFILES.cloud.lockout.maxFailures).toBe(5);
    for (const profile of Object.values(PROFILES)) expect(profile.lockout.lockDurationMs).toBe(30 * 60_000);
  });

  it('gives default accounts only to the family that boots with them', () => {
    for (const profile of Object.values(PROFILES)) {
      expect(profile.defaultAccounts.length > 0).toBe(profile.firstBoot === 'defaultAccounts');
    }
    expect(PROFILES.legacy.defaultAccounts.map((a) => [a.name, a.group])).toEqual([
      ['admin', 'admin'],
      ['default', 'user'],
    ]);
  });
});

describe('the model catalogue', () => {
  it('puts every recorder in a known profile with a channel count', () => {
    for (const model of Object.values(RECORDER_MODELS)) {
      expect(PROFILES[model.profile]).toBeDefined();
      expect([4, 8, 16]).toContain(model.channels);
    }
    expect(RECORDER_MODELS.LNR6108.profile).toBe('cloud');
    expect(RECORDER_MODELS.D841A82B.cameraInputs).toBe('bnc');
  });

  it('recognises model ids from untrusted input', () => {
    expect(isRecorderModelId('LNR6108')).toBe(true);
    expect(isRecorderModelId('toString')).toBe(false);
    expect(isRecorderModelId('lnr6108')).toBe(false);
  });
});

describe('the firmware releases', () => {
  it.each(Object.values(RECORDER_MODELS))('$id: each release has its own build date', (model) => {
    const download = DOWNLOAD_FIRMWARE[model.id];
    expect(buildDateOf(model, model.firmwareVersion)).toBe(model.buildDate);
    expect(buildDateOf(model, download.version)).toBe(download.buildDate);
    // The download is newer than the shipped release, and a version ending in a date was built that day.
    expect(download.buildDate > model.buildDate).toBe(true);
    const dated = /\.(\d\d)(\d\d)(\d\d)$/.exec(download.version);
    if (dated) expect(download.buildDate).toBe(`20${dated[1]}-${dated[2]}-${dated[3]}`);
    expect(buildDateOf(model, 'V0.0.1')).toBe(UNKNOWN_BUILD_DATE);
  });
});

describe('manufacturing a unit', () => {
  const unit = manufactureUnit(RECORDER_MODELS.LNR6108, 1234, '2603');

  it('gives a 15-character Device ID of letters and digits that is not the serial number', () => {
    expect(unit.deviceId).toMatch(new RegExp(`^[${DEVICE_ID_ALPHABET}]{15}$`));
    expect(unit.deviceId).not.toBe(unit.serialNumber);
    expect(unit.serialNumber).toMatch(/^LNR61082603\d{6}$/);
  });

  it('sets the locally administered bit of the MAC so it is never a real vendor address', () => {
    const firstByte = parseInt(unit.macAddress.slice(0, 2), 16);
    expect(firstByte & 0b10).toBe(0b10);
    expect(firstByte & 0b1).toBe(0);
    expect(unit.secret).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is deterministic per seed and differs between seeds', () => {
    expect(manufactureUnit(RECORDER_MODELS.LNR6108, 1234, '2603')).toEqual(unit);
    expect(manufactureUnit(RECORDER_MODELS.LNR6108, 1235, '2603').deviceId).not.toBe(unit.deviceId);
  });
});
