/**
 * Simulation controls, visible in every place (docs/accessible-names.md): the simulated time, Pause and Speed
 * (TimeControls.tsx), the Advance buttons (device and world time move together), New simulation, and the world files
 * and stored worlds (WorldFiles.tsx).
 */
import { useState } from 'react';
import type { WorldHost } from '../session/worldHost';
import type { WorldSession } from '../session/worldSession';
import { TimeControls } from './TimeControls';
import { WorldFiles } from './WorldFiles';

const MINUTE_MS = 60_000;
const ADVANCE_STEPS = [
  { label: 'Advance 1 minute', ms: MINUTE_MS },
  { label: 'Advance 10 minutes', ms: 10 * MINUTE_MS },
  { label: 'Advance 1 hour', ms: 60 * MINUTE_MS },
  { label: 'Advance 1 day', ms: 24 * 60 * MINUTE_MS },
] as const;

export function SimulationControls({ session, host }: { session: WorldSession; host: WorldHost }) {
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const newSimulation = () => {
    setStarting(true);
    setProblem(null);
    host.newSimulation().catch((error: unknown) => {
      console.error(error);
      const reason = error instanceof Error ? error.message || error.name : String(error);
      setProblem(`New simulation failed: no new world was saved (${reason}). This simulation is unchanged.`);
      setStarting(false);
    });
  };
  return (
    <div className="sim-controls" role="group" aria-label="Simulation" data-keeps-hold="">
      <TimeControls session={session} />
      {ADVANCE_STEPS.map((step) => (
        <button key={step.ms} type="button" onClick={() => session.advance(step.ms)}>
          {step.label}
        </button>
      ))}
      <button type="button" onClick={newSimulation} disabled={starting}>
        New simulation
      </button>
      <WorldFiles host={host} currentId={session.world.id} />
      {problem !== null && (
        <span role="alert" className="sim-problem">
          {problem}
        </span>
      )}
    </div>
  );
}
