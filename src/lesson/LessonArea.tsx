/** Where the lesson lives on the bench: the open world's lesson panel, or the scenario picker when it has none. */
import type { WorldHost } from '../session/worldHost';
import type { WorldSession } from '../session/worldSession';
import { LessonPanel } from './LessonPanel';
import { ScenarioPicker } from './ScenarioPicker';
import { useLesson } from './useLesson';

export function LessonArea({ session, host }: { session: WorldSession; host: WorldHost }) {
  const { controller, record } = useLesson(session, host);
  if (controller && record) return <LessonPanel controller={controller} record={record} />;
  return <ScenarioPicker modelId={session.world.recorder.modelId} />;
}
