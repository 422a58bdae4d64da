/** The wheel as whole steps: one per notch, touchpad deltas added up, a change of direction starting afresh. */
import { describe, expect, it } from 'vitest';
import { WHEEL_STEP_PX, WheelStepper } from '../../src/input/wheel';

describe('the wheel', () => {
  it('gives one step per notch of a mouse wheel, down positive and up negative', () => {
    const stepper = new WheelStepper();
    expect(stepper.add({ deltaY: WHEEL_STEP_PX, deltaMode: 0 })).toBe(1);
    expect(stepper.add({ deltaY: -WHEEL_STEP_PX, deltaMode: 0 })).toBe(-1);
    expect(stepper.add({ deltaY: 3, deltaMode: 1 })).toBe(1); // three lines
    expect(stepper.add({ deltaY: 1, deltaMode: 2 })).toBe(3); // a page
  });

  it('adds up small touchpad deltas until a whole step', () => {
    const stepper = new WheelStepper();
    const steps = Array.from({ length: 10 }, () => stepper.add({ deltaY: 30, deltaMode: 0 }));
    expect(steps.reduce((sum, step) => sum + step, 0)).toBe(3);
    expect(steps.slice(0, 3)).toEqual([0, 0, 0]);
  });

  it('starts afresh when the direction changes, and ignores what is no number', () => {
    const stepper = new WheelStepper();
    expect(stepper.add({ deltaY: 90, deltaMode: 0 })).toBe(0);
    expect(stepper.add({ deltaY: -100, deltaMode: 0 })).toBe(-1);
    expect(stepper.add({ deltaY: Number.NaN, deltaMode: 0 })).toBe(0);
    expect(stepper.add({ deltaY: 0, deltaMode: 0 })).toBe(0);
  });
});
