/**
 * The recorder's states for the cameras on its ports (P7 camera side, P8).
 *
 * addingCamera (under ready): live view found a factory-fresh IP camera (hasCameraToAdd). The NVR records the channel
 *   with its admin credential and a 'cameraAdded' log entry (busy: the flash write); when it is durable, it pushes
 *   the credential to the camera (emitted 'pushCameraCredentials') and returns to live view. A failed write changes
 *   nothing, pushes nothing, and the camera is not retried until it reports again.
 *
 * cameraSync (under menu): reached after a saved password change (modifyUser) and from a Cameras page Re-add of a
 *   camera that still accepts the credential the NVR last gave it.
 *     checking  transient: cameras to sync → prompt, none → browsing
 *     prompt    "sync the new password to the cameras?" OK / Cancel (Dahua DH-wiki-reset; Lorex KB-N831)
 *     saving    records the new credential per channel with 'cameraSynced' log entries (busy); when durable, pushes it
 *               to each camera, proving the old one. A failed write changes nothing and says so.
 *   Cancel, right click and Escape leave the cameras with the old password: their channels show an authentication
 *   error until synced or reset.
 */
import { CAMERA_SYNC } from '../../../controls/controlIds';
import { recorderSetup } from '../../setup';
import { moveFocusWithin } from '../forms/focus';
import { WRITE_PENDING_FLASH } from '../flash/writeFlash';
import { TARGET } from '../../targets';

const isControl = (control: string) => ({ type: 'isControl', params: { control } }) as const;
const leave = { target: TARGET.menuBrowsing } as const;

export const addingCamera = recorderSetup.createStateConfig({
  tags: 'busy',
  entry: 'prepareCameraAdd',
  invoke: {
    ...WRITE_PENDING_FLASH,
    onDone: { target: TARGET.liveView, actions: ['commitFlash', 'emitCameraPushes', 'applyCameraPushes'] },
    onError: { target: TARGET.liveView, actions: ['discardPendingFlash', 'holdCameraAdd'] },
  },
});

export const cameraSync = recorderSetup.createStateConfig({
  initial: 'checking',
  exit: 'forgetTypedPasswords',
  states: {
    checking: {
      always: [{ guard: 'hasCamerasToSync', target: 'prompt' }, leave],
    },
    prompt: {
      on: {
        ACTIVATE: [
          { guard: isControl(CAMERA_SYNC.ok), target: 'saving', actions: 'prepareCameraSync' },
          { guard: isControl(CAMERA_SYNC.cancel), ...leave },
        ],
        CONTEXT_MENU: leave,
        BACK: leave,
        MOVE_FOCUS: moveFocusWithin('cameraSync'),
      },
    },
    saving: {
      tags: 'busy',
      invoke: {
        ...WRITE_PENDING_FLASH,
        onDone: {
          ...leave,
          actions: [
            'commitFlash',
            'emitCameraPushes',
            'applyCameraPushes',
            { type: 'showToast', params: { text: 'Camera passwords synced.' } },
          ],
        },
        onError: {
          target: 'prompt',
          actions: [
            'discardPendingFlash',
            'dropCameraPushes',
            { type: 'showMessage', params: { text: 'The camera passwords could not be saved. Nothing was changed.' } },
          ],
        },
      },
    },
  },
});
