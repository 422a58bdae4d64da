/**
 * The lesson of the running world, if it has one: read from storage when the bench opens (a reload resumes it),
 * and again when the host opens or ends one (Free play). Null while there is none: the picker is shown instead.
 * `preparing`: the step (0-based) the world is being brought to before its lesson exists (a link, Restart step).
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { WorldHost } from '../session/worldHost';
import type { WorldSession } from '../session/worldSession';
import type { LessonRecord } from '../storage/lessonRecord';
import { LessonController } from './lessonController';

const NO_RECORD = () => null;
const NO_SUBSCRIPTION = () => () => {};

export function useLesson(
  session: WorldSession,
  host: WorldHost,
): { controller: LessonController | null; record: LessonRecord | null; preparing: number | null } {
  const [controller, setController] = useState<LessonController | null>(null);
  const [preparing, setPreparing] = useState<number | null>(() => host.lessons.preparingStep(session.world.id));
  useEffect(() => {
    let cancelled = false;
    let made: LessonController | null = null;
    const load = () => {
      setPreparing(host.lessons.preparingStep(session.world.id));
      void host.lessons.read(session.world.id).then((record) => {
        if (cancelled) return;
        made?.dispose();
        made = record ? new LessonController(session, host, record) : null;
        setController(made);
      });
    };
    load();
    const stop = host.lessons.subscribe((worldId) => {
      if (worldId === session.world.id) load();
    });
    return () => {
      cancelled = true;
      stop();
      made?.dispose();
    };
  }, [session, host]);
  const record = useSyncExternalStore(controller?.subscribe ?? NO_SUBSCRIPTION, controller?.getRecord ?? NO_RECORD);
  return { controller, record, preparing };
}
