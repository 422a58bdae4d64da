/**
 * The date the recorder displays now (YYYY-MM-DD: the date part of live view's System Date, device time), as an app
 * or a person reading the screen learns it: null while the recorder is off or shut down (nothing to read, the app
 * cannot reach it). The temporary password of P2-P4 is for this date (SPEC §5).
 */
import { displayedDate } from '../machine/features/access';
import type { RecorderSnapshot } from './snapshotToOsdModel';

export function recorderDisplayedDate(snapshot: RecorderSnapshot): string | null {
  if (!snapshot.matches('on') || snapshot.matches({ on: 'halted' })) return null;
  return displayedDate(snapshot.context);
}
