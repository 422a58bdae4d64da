/**
 * The bench: one page with the places of the world (docs/accessible-names.md), the simulation controls (visible in every place), and
 * the current place. Every place stays mounted while another is shown (hidden), so a half-filled form or a held
 * button survives a look at another place; hidden places are out of the accessibility tree. Places whose controls'
 * labels repeat another place's (the OSD's Device ID and Password, the forms' Model Number...) render those controls
 * only while current (`active`), keeping their drafts: getByLabel finds hidden elements too. The first focusable
 * element is the link "Skip to main content" (SkipToRecorder.tsx).
 */
import { useEffect, useState } from 'react';
import type { WorldHost } from '../session/worldHost';
import type { WorldSession } from '../session/worldSession';
import { LessonArea } from '../lesson/LessonArea';
import { Notice } from './Notice';
import { PLACES, placeFromHash, type Place, type PlaceId } from './places';
import { SaveProblems } from './SaveProblems';
import { SimulationControls } from './SimulationControls';
import { SkipToRecorder } from './SkipToRecorder';

function useCurrentPlace(): PlaceId {
  const [place, setPlace] = useState(() => placeFromHash(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setPlace(placeFromHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return place;
}

export function Bench({
  session,
  host,
  notices,
  onDismiss,
}: {
  session: WorldSession;
  host: WorldHost;
  notices: readonly string[];
  onDismiss: (notice: string) => void;
}) {
  const current = useCurrentPlace();
  // `?embed`: for an iframe in a help article, without the bench's title and world files (docs/scenarios.md).
  const embed = new URLSearchParams(window.location.search).has('embed');
  return (
    <div className={embed ? 'bench bench-embed' : 'bench'}>
      <SkipToRecorder />
      <header className="bench-header">
        <h1>Recorder Simulator</h1>
        <nav aria-label="Places">
          {PLACES.map((place) => (
            <a key={place.id} href={`#${place.id}`} aria-current={place.id === current ? 'page' : undefined}>
              {place.label}
            </a>
          ))}
        </nav>
        <SimulationControls session={session} host={host} />
      </header>
      <SaveProblems session={session} />
      {notices.length > 0 && (
        <div className="notices">
          {notices.map((notice) => (
            <Notice key={notice} tone="note" role="status" onDismiss={() => onDismiss(notice)}>
              {notice}
            </Notice>
          ))}
        </div>
      )}
      <main className="bench-main" id="place" aria-label={PLACES.find((place) => place.id === current)?.label}>
        {PLACES.map((place: Place) => (
          <section
            key={place.id}
            className={place.className ?? 'place'}
            data-place={place.id}
            hidden={current !== place.id}
          >
            <place.View session={session} active={current === place.id} />
          </section>
        ))}
      </main>
      <LessonArea session={session} host={host} />
    </div>
  );
}
