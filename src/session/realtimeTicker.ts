/**
 * Moves the world clock with real time while the bench is open: every TICK_INTERVAL_MS it advances the clock by the
 * real time elapsed times the speed (0 pauses). Whole milliseconds only; the remainder carries over. This is the
 * only place real time enters the simulation.
 */
import type { SimulationClock } from '../../firmware';

export const TICK_INTERVAL_MS = 250;

export interface RealtimeTicker {
  setSpeed(speed: number): void;
  readonly speed: number;
  stop(): void;
}

export function startRealtimeTicker(clock: SimulationClock, initialSpeed = 1): RealtimeTicker {
  let speed = initialSpeed;
  let last = performance.now();
  let carry = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    carry += (now - last) * speed;
    last = now;
    const whole = Math.floor(carry);
    if (whole > 0) {
      carry -= whole;
      clock.advance(whole);
    }
  }, TICK_INTERVAL_MS);
  return {
    get speed() {
      return speed;
    },
    setSpeed(next) {
      if (!Number.isFinite(next) || next < 0) throw new Error(`Invalid simulation speed ${next}.`);
      speed = next;
    },
    stop: () => clearInterval(timer),
  };
}
