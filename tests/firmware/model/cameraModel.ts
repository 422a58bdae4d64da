/**
 * The cameras' part of the recorder's model (tests/firmware/model/recorderModel.ts): which camera reports are offered
 * where, and port 1's camera as an abstract class. Camera events are offered on one model case only: the camera rules
 * come from the model's camera inputs, never from the profile, so one family with IP camera ports covers them and the
 * other graphs keep their size.
 */
import type { MenuNode } from '../../../firmware/domain/menuTree';
import { openMenuPage } from '../../../firmware/machine/logic';
import type { RecorderSnapshot } from '../../../firmware';
import type { ModelEvent } from './recorderModel';

/** The model case where cameras come and go (an NVR with PoE ports). */
export const CAMERA_CASE_MODEL_ID = 'LNR6108';

const IN_MODIFY = { on: { running: { ready: { menu: 'modifyUser' } } } } as const;
const IN_LIVE_VIEW = { on: { running: { ready: 'liveView' } } } as const;
export const IN_MENU = { on: { running: { ready: 'menu' } } } as const;
const IN_MENU_BROWSING = { on: { running: { ready: { menu: 'browsing' } } } } as const;
/** What the host may report on port 1 (offered in live view): a fresh camera, one set up by another NVR, none. */
export const CAMERA_EVENTS: ModelEvent[] = [
  {
    type: 'CAMERA_STATUS',
    port: 1,
    camera: { model: 'E893AB', serial: 'E893MODEL001', credential: null, online: true },
  },
  {
    type: 'CAMERA_STATUS',
    port: 1,
    camera: { model: 'E893AB', serial: 'E893MODEL001', credential: 'ab'.repeat(32), online: true },
  },
  { type: 'CAMERA_STATUS', port: 1, camera: null },
];
/**
 * Cameras come and go where their status decides something: live view with a session (the NVR adds a fresh camera;
 * the session lets the class travel straight to the menu) and the Cameras page (Re-add). Only on the first model
 * case: the camera rules are the same for every family (they come from the model's camera inputs, never from the
 * profile), so one family with IP camera ports covers them and the other graph keeps its size.
 */
export const offersCameraEvents = (snapshot: RecorderSnapshot): boolean =>
  snapshot.context.model.id === CAMERA_CASE_MODEL_ID &&
  ((snapshot.matches(IN_LIVE_VIEW as never) && snapshot.context.session !== null) ||
    (snapshot.matches(IN_MENU_BROWSING as never) && openMenuPage(snapshot.context)?.page === 'cameras'));

/** The menu path (node ids) to the first page `pageId` of a menu tree, or null. */
function pathToPage(node: MenuNode, pageId: string, path: readonly string[] = []): readonly string[] | null {
  if (node.kind === 'page') return node.page === pageId ? path : null;
  if (node.kind !== 'branch') return null;
  for (const child of node.children) {
    const found = pathToPage(child, pageId, [...path, child.id]);
    if (found) return found;
  }
  return null;
}

/** Outside the menu, or on the way to the user list or the Cameras page, where the camera's class decides something. */
function leadsToCameraDecisions(snapshot: RecorderSnapshot): boolean {
  if (!snapshot.matches(IN_MENU as never)) return true;
  const { menuPath, profile } = snapshot.context;
  return ['userList', 'cameras'].some((pageId) => {
    const target = pathToPage(profile.menu, pageId);
    return target !== null && menuPath.every((id, index) => target[index] === id);
  });
}

/**
 * Port 1's camera as far as transitions care. Where cameras come and go, in full: none, fresh (+held after a failed
 * add), accepting the admin's credential, accepting only the one the NVR gave it before (syncable), or another
 * (refused). Elsewhere only what a password change's sync check needs; in the Modify dialog, accepting the admin's
 * or the given credential both mean "offered the sync after the save". Menu places that lead to neither the user list
 * nor the Cameras page do not care at all.
 */
export function cameraClass(snapshot: RecorderSnapshot): string {
  if (!leadsToCameraDecisions(snapshot)) return 'irrelevant';
  const { context } = snapshot;
  const camera = context.cameraPorts[0];
  const credential = camera?.credential ?? null;
  const admin = context.flash.users.find((user) => user.name === 'admin')?.password.hash;
  const given = context.flash.channels[0]?.credential;
  if (credential !== null && (credential === admin || credential === given)) {
    if (snapshot.matches(IN_MODIFY as never)) return 'syncable';
    return credential === admin ? 'admin' : 'given';
  }
  if (!offersCameraEvents(snapshot) && snapshot.matches({ on: 'running' } as never)) return 'other';
  if (!camera) return 'none';
  if (credential === null) return context.cameraAddFailed.length > 0 ? 'fresh+held' : 'fresh';
  return 'foreign';
}
