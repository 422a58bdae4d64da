/**
 * The Recorder place: the monitor with the recorder's screen and the practice note, the recorder's hardware (front,
 * rear, sticker; the page keeps the front and rear in view with the screen) and the photo roll, which photographs the sticker. `active`: whether the place is shown (the
 * monitor renders its accessible overlay only then, see Monitor).
 */
import { useRef } from 'react';
import { PRACTICE_NOTE } from '../places/shared/TextField';
import type { WorldSession } from '../session/worldSession';
import { Monitor } from './Monitor';
import { PhotoRoll } from './photos/PhotoRoll';
import { RecorderHardware } from './RecorderHardware';

export function RecorderPlace({ session, active }: { session: WorldSession; active: boolean }) {
  const sticker = useRef<SVGSVGElement>(null);
  const panels = useRef<HTMLDivElement>(null);
  return (
    <>
      <Monitor
        session={session}
        active={active}
        keepInView={panels}
        note={<p className="practice-note">{PRACTICE_NOTE}</p>}
      />
      <RecorderHardware session={session} stickerRef={sticker} panelsRef={panels} />
      <PhotoRoll session={session} roll={session.outside} sticker={sticker} />
    </>
  );
}
