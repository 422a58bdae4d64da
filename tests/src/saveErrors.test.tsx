/**
 * Failed saves reach the user: with the browser refusing writes, Advance, the power switch, the USB stick, the
 * cameras, the recorder's flash and New simulation each say what was not saved (an alert named "Not saved", or the New simulation alert),
 * instead of only the console; a later save of the same kind that succeeds clears its message.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildPreset } from '../../firmware';
import { newWorldRecord } from '../../src/session/newWorld';
import { WorldHost, type WorldSources } from '../../src/session/worldHost';
import type { WorldSession } from '../../src/session/worldSession';
import { SaveProblems } from '../../src/bench/SaveProblems';
import { SimulationControls } from '../../src/bench/SimulationControls';
import { useSessions } from './support/session';

const sessions = useSessions(10);
afterEach(cleanup);
vi.spyOn(console, 'error').mockImplementation(() => {});

const refused = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const sources: WorldSources = { newId: () => 'new-world', newSeed: () => 3, wallClock: () => Date.UTC(2026, 5, 1) };

async function started(initialized = false): Promise<WorldSession> {
  const created = await newWorldRecord({
    id: 'w1',
    modelId: 'LNR6108',
    seed: 7,
    startTime: Date.UTC(2026, 2, 2, 9),
    createdAt: 1_000,
    pbkdf2Iterations: 10,
  });
  // An initialized recorder writes its flash at every boot (the System Log's "System started").
  const world = initialized
    ? {
        ...created,
        recorder: {
          ...created.recorder,
          flash: (await buildPreset('initialized', { modelId: 'LNR6108', seed: 7, pbkdf2Iterations: 10 })).flash,
        },
      }
    : created;
  await sessions.repository().create(world);
  return sessions.start(world);
}

/** Resolves at the next change of the session's save problems. */
const nextProblem = (session: WorldSession) =>
  new Promise<void>((resolve) => {
    const stop = session.subscribeSaveProblems(() => {
      stop();
      resolve();
    });
  });

describe('a save the browser refuses', () => {
  it('Advance 10 minutes says the simulated time was not saved, until a later save goes through', async () => {
    const session = await started();
    const save = vi.spyOn(sessions.repository(), 'saveWorldTime').mockRejectedValueOnce(refused());
    render(<SaveProblems session={session} />);
    const problem = nextProblem(session);
    act(() => session.advance(10 * 60_000));
    await act(() => problem);
    expect(screen.getByRole('alert', { name: 'Not saved' }).textContent).toMatch(
      /Not saved: the simulated time.*quota has been exceeded/,
    );
    save.mockRestore();
    const cleared = nextProblem(session);
    act(() => session.advance(60_000));
    await act(() => cleared);
    expect(screen.queryByRole('alert', { name: 'Not saved' })).toBeNull();
    expect((await sessions.storedWorld('w1')).worldTime).toBe(Date.UTC(2026, 2, 2, 9, 11));
  });

  it.each([
    [
      'the power switch',
      'savePowerSwitch',
      (s: WorldSession) => s.setPowerSwitch(false),
      /position of the power switch/,
    ],
    ['the USB stick', 'saveUsb', (s: WorldSession) => s.setUsbInserted(!s.usb.inserted), /the USB stick/],
    [
      "a camera's Ethernet cable",
      'saveCameras',
      (s: WorldSession) => s.cameras.setEthernetPlugged(0, false),
      /the cameras around the recorder/,
    ],
    [
      "the recorder's boot log entry",
      'saveFlash',
      (s: WorldSession) => {
        s.setPowerSwitch(false);
        s.setPowerSwitch(true);
        s.advance(60_000);
      },
      /the recorder's last flash write/,
    ],
  ] as const)('%s says it was not saved', async (_name, method, change, message) => {
    const session = await started(method === 'saveFlash');
    vi.spyOn(sessions.repository(), method).mockRejectedValue(refused());
    const problem = nextProblem(session);
    change(session);
    await problem;
    expect(session.saveProblems).toEqual([expect.stringMatching(message)]);
  });

  it('New simulation says no new world was saved, and the open world stays', async () => {
    const session = await started();
    const host = new WorldHost(session, sessions.repository(), sources, { pbkdf2Iterations: 10, speed: 0 });
    vi.spyOn(sessions.repository(), 'create').mockRejectedValue(refused());
    render(<SimulationControls session={session} host={host} />);
    act(() => screen.getByRole('button', { name: 'New simulation' }).click());
    const alert = await screen.findByText(/New simulation failed: no new world was saved.*quota/);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(host.getSession()).toBe(session);
    expect((screen.getByRole('button', { name: 'New simulation' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
