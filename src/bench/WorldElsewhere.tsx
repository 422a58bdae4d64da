/**
 * Shown instead of the bench while another tab drives the world: one tab at a time, so neither writes
 * its stale state over the other's saves. "Take over in this tab" reloads the world from storage here; the other tab
 * then stops and says it was taken over.
 */
import { useState } from 'react';
import type { WorldHost } from '../session/worldHost';
import { Notice } from './Notice';

export function WorldElsewhere({
  host,
  takenOver,
  notices,
  onDismiss,
}: {
  host: WorldHost;
  takenOver: boolean;
  notices: readonly string[];
  onDismiss: (notice: string) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const takeOver = () => {
    setBusy(true);
    host.takeOver().then(
      () => setBusy(false),
      (error: unknown) => {
        setProblem(error instanceof Error ? error.message : String(error));
        setBusy(false);
      },
    );
  };
  return (
    <main className="world-elsewhere" aria-labelledby="world-elsewhere-title">
      <h1 id="world-elsewhere-title">Recorder Simulator</h1>
      <div role="status">
        <p>
          {takenOver
            ? 'This simulation was taken over by another tab. This tab has stopped and saves nothing more.'
            : 'This simulation is open in another tab. Only one tab can run it at a time.'}
        </p>
      </div>
      {notices.map((notice) => (
        <Notice key={notice} tone="note" role="status" onDismiss={() => onDismiss(notice)}>
          {notice}
        </Notice>
      ))}
      <button type="button" onClick={takeOver} disabled={busy}>
        Take over in this tab
      </button>
      {problem !== null && <p role="alert">{problem}</p>}
    </main>
  );
}
