/** P13: recordings are generated deterministically from the unit and the disk's history (origin, gaps, overwrite). */
import { describe, expect, it } from 'vitest';
import { manufactureUnit, RECORDER_MODELS } from '../../../firmware';
import {
  channelRateMbPerHour,
  diskSummary,
  hddCapacityMb,
  newestRecordingsMb,
  periodsWithout,
  recordingOrigin,
  withGap,
  type DiskInput,
} from '../../../firmware/domain/recordings';
import { RESTORE_POLICY, restoredFlash } from '../../../firmware/domain/defaults';
import { emptyFlash } from '../../../firmware';
import { firmwareStick, freeMb, withUsbFile } from '../../../firmware/domain/usbStick';

const HOUR_MS = 3_600_000;
const model = RECORDER_MODELS.LNR6108;
const unit = manufactureUnit(model, 7, '2603');
const NOW = Date.UTC(2026, 2, 10, 12);

const input = (overrides: Partial<DiskInput> = {}): DiskInput => ({
  unit,
  channels: model.channels,
  hddSize: model.hdd,
  disk: { recordingSince: null, gaps: [] },
  now: NOW,
  stoppedSince: null,
  ...overrides,
});

describe('P13: recordings on the HDD', () => {
  it('are the same for the same unit and history, and differ between units', () => {
    expect(diskSummary(input())).toEqual(diskSummary(input()));
    const other = manufactureUnit(model, 8, '2603');
    expect(diskSummary(input({ unit: other })).channels).not.toEqual(diskSummary(input()).channels);
  });

  it('gives each channel a rate in the invented range', () => {
    for (let channel = 1; channel <= 16; channel++) {
      const rate = channelRateMbPerHour(unit, channel);
      expect(rate).toBeGreaterThanOrEqual(900);
      expect(rate).toBeLessThanOrEqual(2_250);
    }
    expect(new Set(diskSummary(input()).channels.map((channel) => channel.mbPerHour)).size).toBeGreaterThan(4);
  });

  it('start at the first day of the month of manufacture on a disk never formatted, or at the last format', () => {
    expect(recordingOrigin(unit, { recordingSince: null, gaps: [] })).toBe(Date.UTC(2026, 2, 1));
    expect(diskSummary(input({ now: Date.UTC(2026, 2, 3) })).oldest).toBe(Date.UTC(2026, 2, 1));
    const formatted = diskSummary(input({ disk: { recordingSince: NOW - HOUR_MS, gaps: [] } }));
    expect(formatted.oldest).toBe(NOW - HOUR_MS);
    const perHour = formatted.channels.reduce((sum, channel) => sum + channel.mbPerHour, 0);
    expect(formatted.usedMb).toBe(perHour);
  });

  it('leave out the gaps when recording stopped, and stop while a task runs', () => {
    const since = NOW - 10 * HOUR_MS;
    const gapped = withGap({ recordingSince: since, gaps: [] }, NOW - 5 * HOUR_MS, NOW - 3 * HOUR_MS);
    const summary = diskSummary(input({ disk: gapped }));
    expect(summary.periods).toEqual([
      { from: since, to: NOW - 5 * HOUR_MS },
      { from: NOW - 3 * HOUR_MS, to: NOW },
    ]);
    expect(summary.usedMb).toBe(diskSummary(input({ disk: { recordingSince: NOW - 8 * HOUR_MS, gaps: [] } })).usedMb);
    expect(diskSummary(input({ disk: gapped, stoppedSince: NOW - HOUR_MS })).newest).toBe(NOW - HOUR_MS);
    expect(
      periodsWithout(0, 10, [
        { from: 2, to: 4 },
        { from: 3, to: 6 },
      ]),
    ).toEqual([
      { from: 0, to: 2 },
      { from: 6, to: 10 },
    ]);
  });

  it('overwrite the oldest when the disk is full', () => {
    const years = diskSummary(input({ now: Date.UTC(2030, 0, 1) }));
    expect(years.usedMb).toBe(years.capacityMb);
    expect(years.oldest).toBeGreaterThan(Date.UTC(2026, 2, 1));
    expect(years.newest).toBe(Date.UTC(2030, 0, 1));
  });

  it('a backup copies the newest hour of every channel', () => {
    const summary = diskSummary(input());
    expect(newestRecordingsMb(summary, HOUR_MS)).toBe(summary.channels.reduce((sum, c) => sum + c.mbPerHour, 0));
    expect(newestRecordingsMb(diskSummary(input({ disk: { recordingSince: NOW, gaps: [] } })), HOUR_MS)).toBe(0);
  });

  it('read the HDD size of the model table', () => {
    expect(hddCapacityMb('2 TB')).toBe(2_000_000);
    expect(hddCapacityMb('500 GB')).toBe(500_000);
    expect(hddCapacityMb('big')).toBe(0);
  });
});

describe('P7: the restore table', () => {
  it('names a policy and a source for every flash key', () => {
    const keys = Object.keys(emptyFlash()).filter((key) => key !== 'schemaVersion');
    expect(Object.keys(RESTORE_POLICY).sort()).toEqual(keys.sort());
    for (const policy of Object.values(RESTORE_POLICY)) expect(policy.source).not.toBe('');
  });

  it('never resets the disk, the firmware or the salt generator', () => {
    const flash = { ...emptyFlash('V1'), randomSeed: 5, disk: { recordingSince: 1, gaps: [] } };
    for (const kind of ['default', 'factoryDefault'] as const) {
      const restored = restoredFlash(flash, kind);
      expect([restored.disk, restored.firmware, restored.randomSeed]).toEqual([flash.disk, flash.firmware, 5]);
    }
  });
});

describe('the USB stick', () => {
  it('counts free space and replaces a file of the same name', () => {
    const stick = firmwareStick('LNR6108', 'V9');
    expect(freeMb(stick)).toBe(16_000 - 64);
    const again = withUsbFile(stick, { ...stick.files[0]!, sizeMb: 1 });
    expect(again.files).toHaveLength(1);
    expect(freeMb(again)).toBe(15_999);
  });
});
