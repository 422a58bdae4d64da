/**
 * The bench: one page with the places of the world, the simulation controls, the monitor showing the OSD and the
 * recorder's hardware (SPEC §6). Only the Recorder place exists so far.
 */
import type { WorldHost } from '../world/worldHost';
import type { WorldSession } from '../world/worldSession';
import { Monitor } from './Monitor';
import { RecorderHardware } from './RecorderHardware';
import { SimulationControls } from './SimulationControls';

export function Bench({
  session,
  host,
  notices,
}: {
  session: WorldSession;
  host: WorldHost;
  notices: readonly string[];
}) {
  return (
    <div className="bench">
      <header className="bench-header">
        <h1>Recorder Simulator</h1>
        <nav aria-label="Places">
          <a href="#recorder" aria-current="page">
            Recorder
          </a>
        </nav>
        <SimulationControls session={session} host={host} />
      </header>
      {notices.length > 0 && (
        <div className="notices" role="status">
          {notices.map((notice) => (
            <p key={notice}>{notice}</p>
          ))}
        </div>
      )}
      <main id="recorder" className="bench-main">
        <Monitor session={session} />
        <p className="practice-note">Practice only: never type a real password into the simulator.</p>
        <RecorderHardware session={session} />
      </main>
    </div>
  );
}
