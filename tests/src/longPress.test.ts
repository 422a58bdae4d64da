/**
 * A touch long press is one right click (docs/architecture.md#the-osd), never also a click, on browsers that fire `contextmenu` for it
 * (Chrome on Android) and on those that never do (iOS Safari). Fake timers stand for the finger's hold.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LONG_PRESS_MS, LONG_PRESS_SLOP_PX, LongPressDetector } from '../../src/input/longPress';

let onLongPress: ReturnType<typeof vi.fn<(x: number, y: number) => void>>;
let detector: LongPressDetector;

beforeEach(() => {
  vi.useFakeTimers();
  onLongPress = vi.fn<(x: number, y: number) => void>();
  detector = new LongPressDetector(onLongPress);
});
afterEach(() => vi.useRealTimers());

describe('a finger held still', () => {
  it('is a right click at the point it went down, once, after LONG_PRESS_MS', () => {
    detector.down(100, 200);
    vi.advanceTimersByTime(LONG_PRESS_MS - 1);
    expect(onLongPress).not.toHaveBeenCalled();
    detector.move(100 + LONG_PRESS_SLOP_PX, 200);
    vi.advanceTimersByTime(1);
    expect(onLongPress.mock.calls).toEqual([[100, 200]]);
    vi.advanceTimersByTime(LONG_PRESS_MS * 4);
    expect(onLongPress).toHaveBeenCalledTimes(1);
  });

  it('is not also a click: the click that follows when it lifts is swallowed, once', () => {
    detector.down(10, 10);
    vi.advanceTimersByTime(LONG_PRESS_MS);
    detector.up();
    expect(detector.consumeClick()).toBe(true);
    expect(detector.consumeClick()).toBe(false);
  });

  it('absorbs the contextmenu event Chrome on Android adds, before or after the delay', () => {
    detector.down(10, 10);
    vi.advanceTimersByTime(LONG_PRESS_MS);
    expect(detector.claimContextMenu()).toBe(true);
    expect(onLongPress).toHaveBeenCalledTimes(1);

    detector.down(20, 20);
    vi.advanceTimersByTime(LONG_PRESS_MS / 2);
    expect(detector.claimContextMenu()).toBe(true); // the browser was quicker: it is the long press
    vi.advanceTimersByTime(LONG_PRESS_MS);
    expect(onLongPress.mock.calls).toEqual([
      [10, 10],
      [20, 20],
    ]);
  });
});

describe('a tap, a drag and other input', () => {
  it('a tap (lifted early) is no right click, and its click goes through', () => {
    detector.down(10, 10);
    vi.advanceTimersByTime(LONG_PRESS_MS - 100);
    detector.up();
    vi.advanceTimersByTime(LONG_PRESS_MS);
    expect(onLongPress).not.toHaveBeenCalled();
    expect(detector.consumeClick()).toBe(false);
  });

  it('a finger that moves beyond the slop is a drag, not a long press', () => {
    detector.down(10, 10);
    detector.move(10, 10 + LONG_PRESS_SLOP_PX + 1);
    vi.advanceTimersByTime(LONG_PRESS_MS * 2);
    expect(onLongPress).not.toHaveBeenCalled();
  });

  it('a mouse right click is never taken for a long press', () => {
    expect(detector.claimContextMenu()).toBe(false);
    detector.down(10, 10);
    vi.advanceTimersByTime(LONG_PRESS_MS);
    detector.up();
    detector.reset(); // the mouse button went down
    expect(detector.claimContextMenu()).toBe(false);
  });

  it('a key press after a long press is not swallowed (keyboard activation clicks too)', () => {
    detector.down(10, 10);
    vi.advanceTimersByTime(LONG_PRESS_MS);
    detector.up();
    detector.reset(); // keydown
    expect(detector.consumeClick()).toBe(false);
  });

  it('a new touch forgets the last long press', () => {
    detector.down(10, 10);
    vi.advanceTimersByTime(LONG_PRESS_MS);
    detector.up();
    detector.down(30, 30);
    detector.up();
    expect(detector.consumeClick()).toBe(false);
  });
});
