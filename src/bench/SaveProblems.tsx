/**
 * What failed saves did not keep (WorldSession.saveProblems), shown under the simulation controls in every place as
 * an alert named "Not saved"; a message goes away when a later save of the same kind succeeds.
 */
import { useSyncExternalStore } from 'react';
import type { WorldSession } from '../session/worldSession';

export function SaveProblems({ session }: { session: WorldSession }) {
  const problems = useSyncExternalStore(session.subscribeSaveProblems, () => session.saveProblems);
  if (problems.length === 0) return null;
  return (
    <div className="save-problems" role="alert" aria-label="Not saved">
      {problems.map((problem) => (
        <p key={problem}>{problem}</p>
      ))}
    </div>
  );
}
