/**
 * The recorder's clock. It shows world time plus the offset kept on flash, in the recorder's own time zone; the
 * simulation treats that zone as UTC so every machine formats the same instant the same way.
 * Display format YYYY-MM-DD HH:MM:SS: *invented* (no source gives the Lorex default).
 */

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** Device time (ms) for a world time and the flash's clock offset. */
export function deviceTime(worldNow: number, clockOffsetMs: number): number {
  return worldNow + clockOffsetMs;
}

/** "2026-03-02 09:41:07": the text at the top right of live view. */
export function formatDeviceDateTime(deviceMs: number): string {
  const date = new Date(deviceMs);
  return (
    `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
  );
}

/** "29:41": minutes and seconds left, rounded up to the next second, for lockout messages. */
export function formatTimeLeft(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  return `${pad(Math.floor(totalSeconds / 60))}:${pad(totalSeconds % 60)}`;
}

/** "YYMM" of a world time, used when a unit is manufactured. */
export function yearMonthCode(worldMs: number): string {
  const date = new Date(worldMs);
  return `${pad(date.getUTCFullYear() % 100)}${pad(date.getUTCMonth() + 1)}`;
}
