/**
 * The browser's ScenarioWorld: a running WorldSession, driven exactly as its controls drive it (the overlay's
 * events, the Power switch, the USB stick, the cameras, the places' commands). Used to replay the solutions of the
 * steps before the one a link opens (`&step=n`, Restart step). Photos taken by a replayed solution are the same text
 * pictures Node takes (scenarios' photoImages), so a replay is the same in both; photos a person takes are real
 * captures (PhotoRoll).
 */
import { snapshotToOsdModel, type RecorderEvent } from '../../firmware';
import {
  screenImage,
  showsDeviceId,
  stickerImage,
  type CameraAct,
  type ScenarioWorld,
  type WorldView,
} from '../../scenarios';
import type { WorldSession } from './worldSession';

export function sessionScenarioWorld(session: WorldSession): ScenarioWorld {
  const { world } = session;
  return {
    modelId: world.recorder.modelId,
    outside: session.outside,
    view: (): WorldView => {
      const recorder = session.actor.getSnapshot();
      return {
        recorder,
        osd: snapshotToOsdModel(recorder),
        outside: session.outside.state,
        cameras: session.cameraList,
        usbInserted: session.usb.inserted,
      };
    },
    sendToRecorder: (event: RecorderEvent) => session.send(event),
    setPowerSwitch: (on) => session.setPowerSwitch(on),
    setUsbInserted: (inserted) => session.setUsbInserted(inserted),
    camera: (index: number, act: CameraAct) => {
      if (act === 'pressReset') session.cameras.pressReset(index);
      else if (act === 'releaseReset') session.cameras.releaseReset(index);
      else session.cameras.setEthernetPlugged(index, act === 'plugEthernet');
    },
    addCameraToAccount: (index) => {
      const result = session.addCameraToAccount(index);
      return result.ok ? { ok: true } : { ok: false, message: result.reason };
    },
    takePhoto: async (subject) => {
      const osd = snapshotToOsdModel(session.actor.getSnapshot());
      const image =
        subject === 'sticker' ? stickerImage(world.recorder.modelId, world.recorder.unit) : screenImage(osd);
      const taken = subject === 'sticker' ? 'sticker' : showsDeviceId(osd) ? 'info-screen' : 'other';
      const name = `${subject === 'sticker' ? 'sticker' : 'screen'}-${session.outside.state.photos.length + 1}.svg`;
      await session.outside.addPhoto({ subject: taken, name, ...image });
    },
    advance: (ms) => session.advance(ms),
    settle: () => session.idle(),
  };
}
