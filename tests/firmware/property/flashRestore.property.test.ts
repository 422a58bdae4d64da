/**
 * Restoring a damaged flash, as a property (seeded, reproducible): a real flash with keys deleted, keys replaced by
 * arbitrary JSON, and times and clock offsets set to any number (including ±8.64e15 and fractions). restoreFlash never
 * throws; it either refuses, naming a flash key and saying why in words, or gives a flash whose every time the OSD
 * shows (the System Date now, each log entry) is a real date.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDeviceDateTime, restoreFlash, rules, type Flash } from '../../../firmware';
import { deviceTime } from '../../../firmware/domain/deviceTime';
import { FLASH_KEYS, fullFlash } from '../persistence/fullFlash';

const FIRMWARE = 'V4.0.21.LX.250912';
const NUM_RUNS = 1_000;
const DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

/** Any number a damaged or hand-edited file may hold where a time goes. */
const anyTime = fc.oneof(
  fc.integer({ min: rules.STORED_TIME_MIN_MS, max: rules.STORED_TIME_MAX_MS }),
  fc.constantFrom(8.64e15, -8.64e15, Number.MAX_SAFE_INTEGER, -1, 0, 1.5, rules.STORED_TIME_MAX_MS + 1),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1e16, max: 1e16 }),
);
const anyOffset = fc.oneof(
  fc.integer({ min: -rules.CLOCK_OFFSET_MAX_MS, max: rules.CLOCK_OFFSET_MAX_MS }),
  fc.constantFrom(8.64e15, -8.64e15, rules.CLOCK_OFFSET_MAX_MS + 1, 0.5),
  fc.integer({ min: -1e16, max: 1e16 }),
);

const damage = fc.record({
  deleted: fc.subarray([...FLASH_KEYS], { maxLength: 3 }),
  replaced: fc.option(fc.tuple(fc.constantFrom(...FLASH_KEYS), fc.jsonValue({ maxDepth: 3 })), { nil: null }),
  clockOffsetMs: fc.option(anyOffset, { nil: null }),
  logTimes: fc.array(anyTime, { maxLength: 3 }),
  recordingSince: fc.option(anyTime, { nil: null }),
});

describe('a damaged flash, generated', () => {
  it('is refused naming a key and saying why, or restored with every shown time a date', async () => {
    const base = JSON.parse(JSON.stringify(await fullFlash())) as Flash;
    fc.assert(
      fc.property(damage, (change) => {
        const raw: Record<string, unknown> = { ...base };
        if (change.clockOffsetMs !== null) raw.clockOffsetMs = change.clockOffsetMs;
        if (change.logTimes.length > 0) {
          raw.systemLog = change.logTimes.map((at) => ({ at, kind: 'login', user: 'admin', detail: '' }));
        }
        if (change.recordingSince !== null) raw.disk = { ...base.disk, recordingSince: change.recordingSince };
        if (change.replaced) raw[change.replaced[0]] = change.replaced[1];
        for (const key of change.deleted) delete raw[key];

        const result = restoreFlash(raw, FIRMWARE);
        if (!result.ok) {
          expect(result.problem).toMatch(new RegExp(`^flash\\.(?:${FLASH_KEYS.join('|')})\\b.*: \\S`));
          expect(result.problem).not.toMatch(/Invalid input/);
          return;
        }
        const flash = result.flash;
        const now = rules.STORED_TIME_MAX_MS;
        expect(formatDeviceDateTime(deviceTime(now, flash.clockOffsetMs))).toMatch(DATE_TIME);
        expect(formatDeviceDateTime(deviceTime(rules.STORED_TIME_MIN_MS, flash.clockOffsetMs))).toMatch(DATE_TIME);
        for (const entry of flash.systemLog) expect(formatDeviceDateTime(entry.at)).toMatch(DATE_TIME);
        if (flash.disk.recordingSince !== null)
          expect(formatDeviceDateTime(flash.disk.recordingSince)).toMatch(DATE_TIME);
      }),
      { numRuns: NUM_RUNS, seed: 1603 },
    );
  });
});
