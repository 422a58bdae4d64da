/**
 * Guards and actions of cameras on the ports (P7 camera side, P8). Registered in setup.ts. The rules behind them are
 * pure functions in camera/nvrChannels.ts.
 *
 * Credentials leave the recorder only by the emitted event CameraEmitted ('pushCameraCredentials'), and only after
 * the flash write that records them is durable (emitCameraPushes runs after commitFlash).
 */
import { emit } from 'xstate';
import {
  addCameraPlan,
  cameraToAdd,
  camerasToSync,
  channelStatus,
  portsAfterPushes,
  syncCamerasPlan,
} from '../../../camera/nvrChannels';
import { cameraReaddPortOf } from '../../../controls/controlIds';
import { guard, update, type MachineArgs } from '../../kit';
import { deviceNow, isAdminGroupSession } from '../../logic';
import type { CameraEmitted, RecorderContext, RecorderEvent } from '../../types';

/** The port of an activated Re-add button whose channel is in authentication error, or null. */
function readdPort({ context, event }: MachineArgs): number | null {
  if (event.type !== 'ACTIVATE') return null;
  const port = cameraReaddPortOf(event.control);
  return port !== null && channelStatus(context, port) === 'authError' ? port : null;
}

export const cameraGuards = {
  isKnownCameraPort: guard(
    ({ context, event }) =>
      event.type === 'CAMERA_STATUS' &&
      Number.isInteger(event.port) &&
      event.port >= 1 &&
      event.port <= context.model.channels,
  ),
  hasCameraToAdd: guard(({ context }) => cameraToAdd(context) !== null),
  hasCamerasToSync: guard(({ context }) => camerasToSync(context).length > 0),
  /** Re-add of a camera that still accepts the credential the NVR gave it: a sync can fix it. */
  isSyncableReadd: guard((args) => {
    const port = readdPort(args);
    return port !== null && isAdminGroupSession(args.context) && camerasToSync(args.context).includes(port);
  }),
  /** Re-add of a camera in authentication error (it refuses every credential the NVR has); admin group only. */
  isCameraReadd: guard((args) => readdPort(args) !== null && isAdminGroupSession(args.context)),
};

export const cameraActions = {
  updateCameraPort: update(({ context, event }) => {
    if (event.type !== 'CAMERA_STATUS') return {};
    const cameraPorts = context.cameraPorts.map((camera, index) => (index === event.port - 1 ? event.camera : camera));
    return { cameraPorts, cameraAddFailed: context.cameraAddFailed.filter((port) => port !== event.port) };
  }),
  prepareCameraAdd: update(({ context }) => {
    const port = cameraToAdd(context);
    if (port === null) return {};
    const plan = addCameraPlan(context, port, deviceNow(context));
    return { pendingFlash: plan.flash, pendingCameraPushes: plan.pushes };
  }),
  prepareCameraSync: update(({ context }) => {
    const plan = syncCamerasPlan(context, deviceNow(context));
    return { pendingFlash: plan.flash, pendingCameraPushes: plan.pushes };
  }),
  /** The pushes are recorded: the recorder's view of the ports follows (the cameras accept them). */
  applyCameraPushes: update(({ context }) => ({
    cameraPorts: portsAfterPushes(context, context.pendingCameraPushes),
    pendingCameraPushes: [],
    cameraNotice: null,
  })),
  /** The write failed: nothing is pushed, and the add is not retried until the camera reports again. */
  holdCameraAdd: update(({ context }) => ({
    cameraAddFailed: [...context.cameraAddFailed, ...context.pendingCameraPushes.map((push) => push.port)],
    pendingCameraPushes: [],
  })),
  dropCameraPushes: update(() => ({ pendingCameraPushes: [] })),
  showCameraRefusal: update((args) => ({ cameraNotice: readdPort(args) })),
  emitCameraPushes: emit<RecorderContext, RecorderEvent, undefined, RecorderEvent, CameraEmitted>(({ context }) => ({
    type: 'pushCameraCredentials',
    pushes: context.pendingCameraPushes,
  })),
};
