/**
 * What the mobile app learns from the recorder it manages (through the vendor's cloud on a real system), read from a
 * snapshot so the shell never reaches into the firmware's context:
 * - recorderDisplayedDate: the date the recorder displays now (YYYY-MM-DD: the date part of live view's System Date,
 *   device time); null while the recorder is off or shut down (the app cannot reach it). The temporary password of
 *   P2-P4 is for this date (docs/invented-values.md).
 * - isAppVerificationAccepted: P5, whether the recorder took the app's approval (its Password Recovery now asks for
 *   the new password); a wrong or expired code leaves it waiting.
 */
import { displayedDate } from '../machine/features/temporaryPassword/setup';
import type { RecorderSnapshot } from './snapshotToOsdModel';

export function recorderDisplayedDate(snapshot: RecorderSnapshot): string | null {
  if (!snapshot.matches('on') || snapshot.matches({ on: 'halted' })) return null;
  return displayedDate(snapshot.context);
}

export function isAppVerificationAccepted(snapshot: RecorderSnapshot): boolean {
  return snapshot.context.recoveryVerifiedBy === 'app';
}
