/**
 * The simulation's time, in the simulation controls: the simulated time, **Pause**, **Speed** and, while paused, a note
 * saying so (a recorder that seems frozen at "Starting..." is only waiting for time to run). Pause toggles between
 * stopped and the chosen speed, so a link's `?speed=4` runs at 4x again after a pause; `?speed=0` starts paused and
 * runs at 1x (or the speed chosen) when un-paused.
 */
import { useSelector } from '@xstate/react';
import { useId, useState } from 'react';
import { formatDeviceDateTime } from '../../firmware';
import type { WorldSession } from '../session/worldSession';

/** The speeds offered (multiples of real time); a link's other speed is offered too. */
export const SPEEDS: readonly number[] = [0.5, 1, 2, 4, 8, 16, 60];

const speedLabel = (speed: number) => `${speed}×`;

export function TimeControls({ session }: { session: WorldSession }) {
  const worldTime = useSelector(session.actor, (snapshot) => formatDeviceDateTime(snapshot.context.now));
  const [paused, setPaused] = useState(session.speed === 0);
  const [speed, setSpeed] = useState(session.speed > 0 ? session.speed : 1);
  const speedId = useId();
  const speeds = SPEEDS.includes(speed) ? SPEEDS : [...SPEEDS, speed].sort((a, b) => a - b);

  const togglePause = () => {
    session.setSpeed(paused ? speed : 0);
    setPaused(!paused);
  };
  const chooseSpeed = (next: number) => {
    setSpeed(next);
    if (!paused) session.setSpeed(next);
  };

  return (
    <>
      <span className="sim-time">
        <span className="sim-time-label" id="sim-time-label">
          Simulated time
        </span>
        <output aria-labelledby="sim-time-label">{worldTime}</output>
      </span>
      <button type="button" aria-pressed={paused} onClick={togglePause}>
        Pause
      </button>
      <label htmlFor={speedId} className="sim-speed-label">
        Speed
      </label>
      <select id={speedId} value={speed} onChange={(event) => chooseSpeed(Number(event.target.value))}>
        {speeds.map((option) => (
          <option key={option} value={option}>
            {speedLabel(option)}
          </option>
        ))}
      </select>
      {paused && (
        <span className="sim-paused" role="status">
          Time is paused: press Pause to run it at {speedLabel(speed)}, or use Advance.
        </span>
      )}
    </>
  );
}
