/**
 * Setting the recorder's clock (General > Date & Time): parsing what the owner typed into Date (YYYY-MM-DD) and
 * Time (HH:MM:SS) as device time (the recorder's zone is treated as UTC, see deviceTime.ts). The recorder keeps only
 * the offset to world time on flash, so world time never moves.
 */

/** The years the recorder's clock accepts. *invented* (Dahua-style firmware limits the year to 2000-2037). */
export const CLOCK_MIN_YEAR = 2000;
export const CLOCK_MAX_YEAR = 2037;

export type ClockEntry =
  { readonly ok: true; readonly deviceMs: number } | { readonly ok: false; readonly message: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})$/;

/** The device time the owner typed, or the message saying what is wrong with it. */
export function parseClockEntry(date: string, time: string): ClockEntry {
  const dateMatch = DATE.exec(date.trim());
  if (!dateMatch) return { ok: false, message: 'Enter the date as YYYY-MM-DD.' };
  const timeMatch = TIME.exec(time.trim());
  if (!timeMatch) return { ok: false, message: 'Enter the time as HH:MM:SS.' };
  const [year, month, day] = dateMatch.slice(1).map(Number) as [number, number, number];
  const [hours, minutes, seconds] = timeMatch.slice(1).map(Number) as [number, number, number];
  if (year < CLOCK_MIN_YEAR || year > CLOCK_MAX_YEAR) {
    return { ok: false, message: `The year must be between ${CLOCK_MIN_YEAR} and ${CLOCK_MAX_YEAR}.` };
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return { ok: false, message: `${time.trim()} is not a time of day.` };
  const deviceMs = Date.UTC(year, month - 1, day, hours, minutes, seconds);
  const check = new Date(deviceMs);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return { ok: false, message: `${date.trim()} is not a date.` };
  }
  return { ok: true, deviceMs };
}

/** "2026-03-02": the date part of a device time, as the recorder displays it and as a request names it. */
export function formatDeviceDate(deviceMs: number): string {
  return new Date(deviceMs).toISOString().slice(0, 10);
}
