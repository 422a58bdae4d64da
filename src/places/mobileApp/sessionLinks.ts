/**
 * The Mobile App's links to the open world (appLinks.ts contract), built from a WorldSession: the recorder's
 * displayed date is read from its snapshot, the world's P5 approval is sent to its actor and its answer read back.
 */
import { isAppVerificationAccepted, recorderDisplayedDate } from '../../../firmware';
import type { WorldSession } from '../../world/worldSession';
import type { RecorderLink } from './appLinks';

export function recorderLinkFor(session: Pick<WorldSession, 'actor' | 'send'>): RecorderLink {
  return {
    displayedDate: () => recorderDisplayedDate(session.actor.getSnapshot()),
    deliver: (event) => {
      session.send(event);
      return isAppVerificationAccepted(session.actor.getSnapshot()) ? 'accepted' : 'refused';
    },
  };
}
