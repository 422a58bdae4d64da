/**
 * The Recorder screen's polite live region: announces screen changes and messages (see announcements.ts) once each.
 * Every announcement is a new paragraph, so a screen reader says a repeated text (the same refusal twice) again.
 * Visually hidden: the canvas already shows everything it says.
 */
import { useEffect, useRef, useState } from 'react';
import type { OsdModel } from '../../firmware';
import { announcement, screenSpeech, type ScreenSpeech } from './announcements';

export function LiveAnnouncer({ model }: { model: OsdModel }) {
  const previous = useRef<ScreenSpeech | null>(null);
  const [said, setSaid] = useState<{ text: string; count: number } | null>(null);

  useEffect(() => {
    const speech = screenSpeech(model);
    const text = previous.current === null ? null : announcement(previous.current, speech);
    previous.current = speech;
    if (text !== null) setSaid((last) => ({ text, count: (last?.count ?? 0) + 1 }));
  }, [model]);

  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {said && <p key={said.count}>{said.text}</p>}
    </div>
  );
}
