/**
 * The Mobile App's links to the open world (appLinks.ts contract), built from a WorldSession: the recorder's
 * displayed date is read from its snapshot, the world's P5 approval is sent to its actor and its answer read back;
 * the Wi-Fi cameras in pairing mode are the session's cameras (WorldSession.cameras) and binding one is the session's
 * addToAccount (refused unless it is still in pairing mode).
 */
import { isAppVerificationAccepted, recorderDisplayedDate, type CameraView } from '../../../firmware';
import type { WorldSession } from '../../session/worldSession';
import type { CameraLink, PairingCamera, RecorderLink } from './appLinks';

export function recorderLinkFor(session: Pick<WorldSession, 'actor' | 'send'>): RecorderLink {
  return {
    displayedDate: () => recorderDisplayedDate(session.actor.getSnapshot()),
    deliver: (event) => {
      session.send(event);
      return isAppVerificationAccepted(session.actor.getSnapshot()) ? 'accepted' : 'refused';
    },
  };
}

export function cameraLinkFor(session: Pick<WorldSession, 'cameras'>): CameraLink {
  const { cameras } = session;
  let seen: readonly CameraView[] | null = null;
  let pairing: readonly PairingCamera[] = [];
  return {
    subscribe: (listener) => cameras.subscribe(listener),
    // A new array only when the cameras changed (useSyncExternalStore compares snapshots).
    pairingCameras: () => {
      const list = cameras.getList();
      if (list !== seen) {
        seen = list;
        pairing = list
          .filter((camera) => camera.kind === 'wifi' && camera.pairing)
          .map((camera) => ({ modelId: camera.model, serialNumber: camera.serial }));
      }
      return pairing;
    },
    bind: (serialNumber) => {
      const camera = cameras.getList().find((candidate) => candidate.serial === serialNumber);
      return camera !== undefined && cameras.addToAccount(camera.index).ok;
    },
  };
}
