/**
 * The world's clock: simulated time that only moves when told to. The browser shell advances it with real elapsed
 * time (times the chosen speed) and with the Advance buttons; Node tests advance it by hand. Listeners hear every
 * move, which is how time reaches the firmware (as TICK events).
 */

export type ClockListener = (now: number) => void;

export class SimulationClock {
  private current: number;
  private readonly listeners = new Set<ClockListener>();

  constructor(startMs: number) {
    this.current = startMs;
  }

  now(): number {
    return this.current;
  }

  /** Moves time forward by `ms` (a negative or non-finite step is refused: time never runs backwards). */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new Error(`Cannot advance the clock by ${ms} ms.`);
    if (ms === 0) return;
    this.current += ms;
    for (const listener of this.listeners) listener(this.current);
  }

  subscribe(listener: ClockListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
