/** The real-time ticker: the only place wall-clock time enters the simulation. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SimulationClock } from '../../firmware';
import { startRealtimeTicker, TICK_INTERVAL_MS } from '../../src/session/realtimeTicker';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the real-time ticker', () => {
  it('moves the world clock with real time, times the speed', () => {
    const clock = new SimulationClock(0);
    const ticker = startRealtimeTicker(clock, 1);
    vi.advanceTimersByTime(4 * TICK_INTERVAL_MS);
    expect(clock.now()).toBe(1_000);
    ticker.setSpeed(60);
    vi.advanceTimersByTime(1_000);
    expect(clock.now()).toBe(61_000);
    ticker.stop();
  });

  it('stands still while paused, and stops for good', () => {
    const clock = new SimulationClock(500);
    const ticker = startRealtimeTicker(clock, 0);
    vi.advanceTimersByTime(10_000);
    expect(clock.now()).toBe(500);
    ticker.setSpeed(1);
    ticker.stop();
    vi.advanceTimersByTime(10_000);
    expect(clock.now()).toBe(500);
  });

  it('advances in whole milliseconds and carries the fractions over', () => {
    const clock = new SimulationClock(0);
    const moves: number[] = [];
    clock.subscribe((now) => moves.push(now));
    const ticker = startRealtimeTicker(clock, 0.001);
    vi.advanceTimersByTime(4 * TICK_INTERVAL_MS);
    expect(moves).toEqual([1]);
    expect(Number.isInteger(clock.now())).toBe(true);
    ticker.stop();
  });

  it('refuses a negative or non-numeric speed', () => {
    const ticker = startRealtimeTicker(new SimulationClock(0));
    expect(() => ticker.setSpeed(-1)).toThrow(/Invalid simulation speed/);
    expect(() => ticker.setSpeed(Number.NaN)).toThrow(/Invalid simulation speed/);
    expect(ticker.speed).toBe(1);
    ticker.stop();
  });
});
