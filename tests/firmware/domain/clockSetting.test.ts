/** Setting the recorder's clock: what the Date & Time page accepts, and the message for what it refuses. */
import { describe, expect, it } from 'vitest';
import { formatDeviceDate, parseClockEntry } from '../../../firmware/domain/clockSetting';

describe('parseClockEntry', () => {
  it.each([
    ['2026-03-02', '09:41:07', Date.UTC(2026, 2, 2, 9, 41, 7)],
    [' 2028-02-29 ', '23:59:59', Date.UTC(2028, 1, 29, 23, 59, 59)],
    ['2000-01-01', '00:00:00', Date.UTC(2000, 0, 1)],
  ])('accepts %s %s', (date, time, deviceMs) => {
    expect(parseClockEntry(date, time)).toEqual({ ok: true, deviceMs });
  });

  it.each([
    ['2026-3-2', '09:00:00', 'Enter the date as YYYY-MM-DD.'],
    ['02/03/2026', '09:00:00', 'Enter the date as YYYY-MM-DD.'],
    ['', '09:00:00', 'Enter the date as YYYY-MM-DD.'],
    ['2026-03-02', '9:00', 'Enter the time as HH:MM:SS.'],
    ['2026-03-02', '', 'Enter the time as HH:MM:SS.'],
    ['1999-12-31', '09:00:00', 'The year must be between 2000 and 2037.'],
    ['2038-01-19', '09:00:00', 'The year must be between 2000 and 2037.'],
    ['2026-02-30', '09:00:00', '2026-02-30 is not a date.'],
    ['2026-13-01', '09:00:00', '2026-13-01 is not a date.'],
    ['2026-03-02', '24:00:00', '24:00:00 is not a time of day.'],
    ['2026-03-02', '12:60:00', '12:60:00 is not a time of day.'],
  ])('refuses %s %s: %s', (date, time, message) => {
    expect(parseClockEntry(date, time)).toEqual({ ok: false, message });
  });

  it('formats the displayed date', () => {
    expect(formatDeviceDate(Date.UTC(2026, 2, 2, 23, 59, 59))).toBe('2026-03-02');
  });
});
