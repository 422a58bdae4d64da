/**
 * Where the lesson lives on the bench: the open world's lesson panel; while a scenario's world is being brought to
 * its step, a status saying so; else the scenario picker.
 */
import type { WorldHost } from '../session/worldHost';
import type { WorldSession } from '../session/worldSession';
import { LessonPanel } from './LessonPanel';
import { ScenarioPicker } from './ScenarioPicker';
import { useLesson } from './useLesson';

export function LessonArea({ session, host }: { session: WorldSession; host: WorldHost }) {
  const { controller, record, preparing } = useLesson(session, host);
  if (controller && record) return <LessonPanel controller={controller} record={record} />;
  if (preparing !== null) {
    return (
      <aside className="lesson-panel" aria-label="Lesson">
        <p className="lesson-step" role="status">
          Preparing step {preparing + 1}: replaying the steps before it…
        </p>
      </aside>
    );
  }
  return <ScenarioPicker modelId={session.world.recorder.modelId} />;
}
