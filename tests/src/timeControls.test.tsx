/**
 * Pause and Speed (src/bench/TimeControls.tsx): a paused simulation says so; un-pausing runs at the link's speed or
 * the one chosen, never silently at 1x; choosing a speed while running applies it at once, while paused on un-pausing.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { newWorldRecord } from '../../src/session/newWorld';
import type { WorldSession } from '../../src/session/worldSession';
import { TimeControls } from '../../src/bench/TimeControls';
import { useSessions } from './support/session';

const sessions = useSessions(10);
afterEach(cleanup);

async function started(speed: number): Promise<WorldSession> {
  const world = await newWorldRecord({
    id: 'w1',
    modelId: 'LNR6108',
    seed: 7,
    startTime: Date.UTC(2026, 2, 2, 9),
    createdAt: 1_000,
    pbkdf2Iterations: 10,
  });
  const session = sessions.start(world);
  session.setSpeed(speed); // as a link's ?speed= starts it
  return session;
}

const pause = () => screen.getByRole('button', { name: 'Pause' });
const speedField = () => screen.getByLabelText('Speed') as HTMLSelectElement;
const pausedNote = () => screen.queryByText(/^Time is paused/);

describe('Pause and Speed', () => {
  it('a link of ?speed=4 runs at 4x again after a pause, and the pause is shown', async () => {
    const session = await started(4);
    render(<TimeControls session={session} />);
    expect(speedField().value).toBe('4');
    expect(pausedNote()).toBeNull();
    act(() => pause().click());
    expect(session.speed).toBe(0);
    expect(pause().getAttribute('aria-pressed')).toBe('true');
    expect(pausedNote()?.textContent).toBe('Time is paused: press Pause to run it at 4×, or use Advance.');
    expect(pausedNote()?.getAttribute('role')).toBe('status');
    act(() => pause().click());
    expect(session.speed).toBe(4);
    expect(pausedNote()).toBeNull();
  });

  it('a link of ?speed=0 starts paused and says so; the speed chosen applies when un-paused', async () => {
    const session = await started(0);
    render(<TimeControls session={session} />);
    expect(pausedNote()?.textContent).toMatch(/^Time is paused/);
    fireEvent.change(speedField(), { target: { value: '16' } });
    expect(session.speed).toBe(0);
    act(() => pause().click());
    expect(session.speed).toBe(16);
  });

  it('a speed chosen while running applies at once; a link speed not in the list is offered', async () => {
    const session = await started(3600);
    render(<TimeControls session={session} />);
    expect([...speedField().options].map((option) => option.textContent)).toEqual([
      '0.5×',
      '1×',
      '2×',
      '4×',
      '8×',
      '16×',
      '60×',
      '3600×',
    ]);
    fireEvent.change(speedField(), { target: { value: '0.5' } });
    expect(session.speed).toBe(0.5);
  });
});
