/**
 * Completion checks over the recorder's and the world's state (never over which element was clicked): a step is
 * done when the world is as the step leaves it, however the person got there. Each check says in words what holds
 * (the assessment's "why").
 */
import { channelStatus, liveControls, type OsdModel, type RecorderSnapshot } from '../firmware';
import type { EmailKind } from '../outside';
import type { LessonBaseline, StepCheck } from './scenarioTypes';
import type { WorldView } from './scenarioWorld';

const check = (says: string, holds: StepCheck['holds']): StepCheck => ({ says, holds });

const dialogId = (osd: OsdModel): string | null => {
  const top = osd.layers.at(osd.interactiveFrom);
  return top?.kind === 'dialog' ? top.id : null;
};

const pageId = (osd: OsdModel): string | null => {
  const top = osd.layers.at(osd.interactiveFrom);
  return top?.kind === 'menuWindow' ? (top.page?.id ?? null) : null;
};

const booted = (recorder: RecorderSnapshot) => recorder.matches({ on: { running: 'ready' } });

export const adminHashOf = (view: WorldView): string | null =>
  view.recorder.context.flash.users.find((user) => user.name === 'admin')?.password.hash ?? null;

/** The baseline of a world as its scenario begins. */
export function baselineOf(view: WorldView): LessonBaseline {
  return {
    adminPasswordHash: adminHashOf(view),
    accountPasswordHash: view.outside.account.password.hash,
    appWifiCameras: view.outside.appDevices.filter((d) => d.kind === 'wifi-camera').map((d) => d.serialNumber),
  };
}

const hasMail = (view: WorldView, kind: EmailKind) => view.outside.mailbox.some((mail) => mail.kind === kind);

export const checks = {
  dialogOpen: (id: string, says: string) => check(says, (view) => dialogId(view.osd) === id),
  pageOpen: (id: string, says: string) => check(says, (view) => pageId(view.osd) === id),
  controlShown: (label: string, says: string) =>
    check(says, (view) => liveControls(view.osd).some((c) => c.label === label && c.enabled)),
  loggedInAs: (user: string) =>
    check(`${user} is logged in to the recorder`, (view) => view.recorder.context.session?.userName === user),
  loggedInWithTemporaryPassword: () =>
    check(
      'admin is logged in with the temporary password',
      (view) =>
        view.recorder.context.session?.userName === 'admin' &&
        view.recorder.context.session.viaTemporaryPassword === true,
    ),
  adminPasswordChanged: () =>
    check(
      "admin's password is a new one, saved on the recorder",
      (view, baseline) => adminHashOf(view) !== null && adminHashOf(view) !== baseline.adminPasswordHash,
    ),
  adminPasswordErased: () =>
    check("the recorder's settings and admin password were erased", (view, baseline) => {
      const { flash } = view.recorder.context;
      return adminHashOf(view) !== baseline.adminPasswordHash && (!flash.initialized || flash.defaultPasswordInUse);
    }),
  initializedAgain: () =>
    check(
      'the recorder is set up again with a new admin password and shows live view',
      (view, baseline) =>
        view.recorder.context.flash.initialized &&
        adminHashOf(view) !== null &&
        adminHashOf(view) !== baseline.adminPasswordHash &&
        view.recorder.matches({ on: { running: { ready: 'liveView' } } }),
    ),
  factoryAccountsBack: () =>
    check(
      'the recorder runs again on its factory accounts (admin / 000000)',
      (view) =>
        view.recorder.context.flash.defaultPasswordInUse &&
        view.recorder.matches({ on: { running: { ready: 'liveView' } } }),
    ),
  lockCleared: () =>
    check('the recorder restarted and admin is no longer locked', (view) => {
      const { context } = view.recorder;
      return booted(view.recorder) && (context.lockedUntil.admin ?? 0) <= context.now;
    }),
  inPasswordRecovery: (state: 'appVerification' | 'newPassword', says: string) =>
    check(says, (view) => view.recorder.matches({ on: { running: { ready: { passwordRecovery: state } } } })),
  usbInserted: () => check('the USB stick is in the recorder', (view) => view.usbInserted),
  recoveryFlashing: () =>
    check('the recorder is re-flashing its firmware from the stick', (view) =>
      view.recorder.matches({ on: { recovery: 'flashing' } }),
    ),
  upgradeRecovered: () =>
    check(
      'the firmware was re-flashed and the recorder runs again',
      (view) => !view.recorder.context.flash.firmware.upgradeInProgress && booted(view.recorder),
    ),
  backupOnStick: () =>
    check('the recordings are backed up on the USB stick', (view) =>
      (view.recorder.context.usbStick?.files ?? []).some((file) => file.kind === 'backup'),
    ),
  hddFormatted: () =>
    check(
      'the hard drive was formatted (its recordings erased)',
      (view) =>
        view.recorder.context.flash.systemLog.some((entry) => entry.kind === 'format') &&
        view.recorder.context.storageTask === null,
    ),
  photoTaken: (subject: 'info-screen' | 'sticker', says: string) =>
    check(says, (view) => view.outside.photos.some((photo) => photo.subject === subject)),
  websiteSignedIn: () =>
    check('the customer is signed in to the Support Website', (view) => view.outside.websiteSession !== null),
  warrantyRegistered: () =>
    check('the warranty is registered', (view) =>
      view.outside.warranties.some((warranty) => warranty.serialNumber === view.recorder.context.unit.serialNumber),
    ),
  ticketSubmitted: (channel: 'website' | 'phone') =>
    check(
      channel === 'website' ? 'a Reset Device Password request was submitted' : 'support issued a temporary password',
      (view) =>
        view.outside.tickets.some(
          (ticket) => ticket.channel === channel && (channel === 'website' || ticket.temporaryPassword !== null),
        ),
    ),
  mailArrived: (kind: EmailKind, says: string) => check(says, (view) => hasMail(view, kind)),
  appSignedIn: () => check('the customer is logged in to the mobile app', (view) => view.outside.appSession !== null),
  accountPasswordChanged: () =>
    check(
      "the account's password is a new one",
      (view, baseline) => view.outside.account.password.hash !== baseline.accountPasswordHash,
    ),
  cameraRestarting: (index: number) =>
    check('the camera is restarting with its factory defaults', (view) => view.cameras[index]?.status === 'restarting'),
  cameraAddedAgain: (index: number) =>
    check('the camera runs again and the recorder added it with its own password', (view) => {
      const camera = view.cameras[index];
      return (
        camera?.status === 'running' &&
        camera.port !== null &&
        channelStatus(view.recorder.context, camera.port) === 'online'
      );
    }),
  wifiCameraPairing: (index: number) =>
    check('the Wi-Fi camera chimed and its light flashes green (pairing mode)', (view) => {
      const camera = view.cameras[index];
      return camera?.pairing === true;
    }),
  wifiCameraAddedAgain: (index: number) =>
    check('the Wi-Fi camera is added again in the mobile app', (view) => {
      const camera = view.cameras[index];
      return (
        camera !== undefined &&
        !camera.pairing &&
        camera.lastChimeAt !== null &&
        view.outside.appDevices.some((device) => device.serialNumber === camera.serial)
      );
    }),
};
