/**
 * World time as the places show it: `YYYY-MM-DD HH:MM` in UTC. World time is a simulated instant (ms since the
 * epoch); the places show it in one fixed zone so the same world reads the same on any machine (*invented*: the
 * simulated support site and inbox live in UTC).
 */
export function formatWorldTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}
