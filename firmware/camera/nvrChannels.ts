/**
 * The recorder's view of its channels (P7 camera side, P8): pure functions of the recorder's context.
 *
 * A channel's status comes from what the host reports on its port and from the NVR's admin credential (the hash field
 * of the admin's password record, never a password):
 *   no camera, or camera offline            → 'videoLoss'
 *   analog camera on a DVR's BNC input      → 'online' (no credential: never an authentication error)
 *   IP camera, factory-fresh (credential null) → 'adding' (the NVR adds it with its own credential)
 *   IP camera accepting the admin credential → 'online'
 *   any other credential                    → 'authError' (after a factory default, or a password change not synced:
 *                                              the camera keeps its old password; Montavue, domain research §7)
 */
import { ADMIN_USER_NAME, findUser } from '../domain/users';
import { withLogEntry } from '../domain/systemLog';
import type { ChannelConfig, Flash } from '../persistence/flash';
import type { CameraPush, PortCamera, RecorderContext } from '../machine/types';

export type ChannelStatus = 'videoLoss' | 'online' | 'adding' | 'authError';

/** The credential the NVR presents to its cameras: the hash field of the admin's password record. */
export function adminCredential(flash: Flash): string | null {
  return findUser(flash, ADMIN_USER_NAME)?.password.hash ?? null;
}

const takesIpCameras = (context: RecorderContext): boolean => context.model.cameraInputs === 'poe';

export function channelStatus(context: RecorderContext, port: number): ChannelStatus {
  const camera = context.cameraPorts[port - 1] ?? null;
  if (!camera || !camera.online) return 'videoLoss';
  if (!takesIpCameras(context)) return 'online';
  if (camera.credential === null) return 'adding';
  return camera.credential === adminCredential(context.flash) ? 'online' : 'authError';
}

/** The channel names, CH1..CHn (flash.channels may name them). */
export const channelName = (context: RecorderContext, port: number): string =>
  context.flash.channels[port - 1]?.name ?? `CH${port}`;

export const ports = (context: RecorderContext): number[] =>
  Array.from({ length: context.model.channels }, (_, index) => index + 1);

/** The first factory-fresh IP camera the NVR should add now, or null. */
export function cameraToAdd(context: RecorderContext): number | null {
  if (!takesIpCameras(context) || adminCredential(context.flash) === null) return null;
  return (
    ports(context).find(
      (port) => channelStatus(context, port) === 'adding' && !context.cameraAddFailed.includes(port),
    ) ?? null
  );
}

/**
 * The cameras that still accept the credential the NVR gave them (flash.channels) while the admin credential has
 * changed since: they can be synced. A camera that refuses the stored credential too cannot (it must be reset, P8).
 */
export function camerasToSync(context: RecorderContext): number[] {
  const current = adminCredential(context.flash);
  if (!takesIpCameras(context) || current === null) return [];
  return ports(context).filter((port) => {
    const camera = context.cameraPorts[port - 1];
    const given = context.flash.channels[port - 1]?.credential ?? null;
    return !!camera?.online && camera.credential !== null && camera.credential === given && given !== current;
  });
}

/** The flash with channel `port` configured (earlier channels filled in unconfigured). */
export function withChannel(flash: Flash, port: number, config: Omit<ChannelConfig, 'name'>): Flash {
  const channels: ChannelConfig[] = Array.from(
    { length: Math.max(flash.channels.length, port) },
    (_, index) => flash.channels[index] ?? { name: `CH${index + 1}`, credential: null, cameraSerial: null },
  );
  channels[port - 1] = { ...channels[port - 1]!, ...config };
  return { ...flash, channels };
}

/** The flash and pushes that add the camera on `port` with the admin credential, logged as 'cameraAdded'. */
export function addCameraPlan(
  context: RecorderContext,
  port: number,
  deviceTime: number,
): { flash: Flash; pushes: CameraPush[] } {
  const camera = context.cameraPorts[port - 1] as PortCamera;
  const credential = adminCredential(context.flash) ?? '';
  const configured = withChannel(context.flash, port, { credential, cameraSerial: camera.serial });
  const detail = `${channelName(context, port)}: camera ${camera.model} ${camera.serial} added`;
  return {
    flash: withLogEntry(configured, deviceTime, 'cameraAdded', null, detail),
    pushes: [{ port, credential, current: null }],
  };
}

/** The flash and pushes that sync the admin credential to every camera that accepts the old one ('cameraSynced'). */
export function syncCamerasPlan(context: RecorderContext, deviceTime: number): { flash: Flash; pushes: CameraPush[] } {
  const credential = adminCredential(context.flash) ?? '';
  let flash = context.flash;
  const pushes: CameraPush[] = [];
  for (const port of camerasToSync(context)) {
    const camera = context.cameraPorts[port - 1] as PortCamera;
    pushes.push({ port, credential, current: camera.credential });
    flash = withChannel(flash, port, { credential, cameraSerial: camera.serial });
    const detail = `${channelName(context, port)}: camera ${camera.serial} password synced`;
    flash = withLogEntry(flash, deviceTime, 'cameraSynced', context.session?.userName ?? null, detail);
  }
  return { flash, pushes };
}

/** The recorder's view of its ports after pushes the cameras accept (the NVR configured them itself). */
export function portsAfterPushes(context: RecorderContext, pushes: readonly CameraPush[]): (PortCamera | null)[] {
  return context.cameraPorts.map((camera, index) => {
    const push = pushes.find((candidate) => candidate.port === index + 1);
    return camera && push ? { ...camera, credential: push.credential } : camera;
  });
}
