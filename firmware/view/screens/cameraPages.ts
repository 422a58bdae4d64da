/**
 * The cameras on screen: live view tiles with their status marks, the Cameras page (Main Menu > Camera) and the
 * camera password sync prompt. Texts are *invented* (domain research §4: no Lorex OSD strings were found); the marks
 * follow the Dahua tile icons (recording, video loss, camera lock for an unauthorized camera; domain research §4).
 */
import { hasMotionAt } from '../../domain/liveScene';
import { deviceNow, isAdminGroupSession } from '../../machine/logic';
import { camerasToSync, channelName, channelStatus, ports, type ChannelStatus } from '../../camera/nvrChannels';
import type { RecorderContext } from '../../machine/types';
import { alertText } from './dialogs';
import { CAMERA_SYNC, cameraReaddControl } from '../../controls/controlIds';
import type { OsdChannelTile, OsdDialog, OsdMenuPage } from '../osdModel';
import { button } from './controls';

const STATUS_TEXT: Readonly<Record<ChannelStatus, string>> = {
  videoLoss: 'Video Loss',
  online: 'Online',
  adding: 'Adding',
  authError: 'Authentication Error',
};

/**
 * Live view tiles. A camera being added has no picture yet; recording follows the Record setting; motion follows the
 * synthetic picture's schedule (domain/liveScene.ts) on channels with a picture.
 */
export function channelTiles(context: RecorderContext): OsdChannelTile[] {
  const now = deviceNow(context);
  return ports(context).map((port) => {
    const status = channelStatus(context, port);
    return {
      channel: port,
      name: channelName(context, port),
      videoLoss: status === 'videoLoss' || status === 'adding',
      authError: status === 'authError',
      recording: status === 'online' && context.flash.settings.recording,
      motion: status === 'online' && hasMotionAt(port, now),
    };
  });
}

/** The remedy shown when a camera refuses the recorder's password (KB-IPcam, seed 000). */
export const cameraRefusalText = (channel: string): string =>
  `${channel}: the camera refused the recorder's password. Reset the camera: hold its reset button, unplug and ` +
  're-plug its Ethernet cable, keep holding 15 s. The recorder then adds it again by itself.';

export function camerasPage(context: RecorderContext): OsdMenuPage {
  const notice = context.cameraNotice;
  const alert =
    notice !== null && channelStatus(context, notice) === 'authError'
      ? cameraRefusalText(channelName(context, notice))
      : null;
  return {
    id: 'cameras',
    rows: [],
    table: {
      columns: [
        { title: 'Channel', width: 120 },
        { title: 'Camera', width: 260 },
        { title: 'Status', width: 260, readable: true },
        { title: 'Re-add', width: 110 },
      ],
      rows: ports(context).map((port) => {
        const status = channelStatus(context, port);
        const camera = context.cameraPorts[port - 1];
        const name = channelName(context, port);
        return {
          cells: [name, camera ? `${camera.model} ${camera.serial}` : '-', STATUS_TEXT[status]],
          controls:
            status === 'authError'
              ? [
                  button(context, cameraReaddControl(port), `Re-add ${name}`, {
                    icon: 'camera',
                    enabled: isAdminGroupSession(context),
                  }),
                ]
              : [],
        };
      }),
    },
    buttons: [],
    alert,
  };
}

export function cameraSyncDialog(context: RecorderContext, busy: boolean): OsdDialog {
  const count = camerasToSync(context).length;
  return {
    kind: 'dialog',
    id: 'cameraSync',
    title: 'Camera Password',
    rows: [
      {
        kind: 'text',
        text: `${count} ${count === 1 ? 'camera uses' : 'cameras use'} the previous admin password.`,
      },
      { kind: 'text', text: 'Sync the new password to the cameras? It is highly recommended.' },
    ],
    alert: alertText(context, context.form.message),
    busy,
    buttons: [
      button(context, CAMERA_SYNC.ok, 'OK', { enabled: !busy }),
      button(context, CAMERA_SYNC.cancel, 'Cancel', { enabled: !busy }),
    ],
  };
}
