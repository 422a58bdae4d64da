/**
 * menu: the Main Menu and the windows below it, for a logged-in user. The open node is data (context.menuPath)
 * walked through the profile's menu tree, so every family shares this state.
 *
 *   browsing        items open branches and pages; right click or Escape goes back one level, from the Main
 *                   Menu to live view; a user row's Modify opens the dialog if the user may change that password
 *   shutdownDialog  Logout (back to live view, logged out), Reboot, Shutdown (no picture until power cycled)
 *   modifyUser      see modifyUser.ts
 *   savingSetting   see access.ts: the Date & Time and Display pages' saves (their page controls too)
 */
import { SHUTDOWN } from '../../../controls/controlIds';
import { recorderSetup } from '../../setup';
import { modifyUser } from '../modifyUser/modifyUser';
import { cameraSync } from '../cameras/cameraSync';
import { storageMenuActivations, storageMenuStates } from '../storage/storageMenu';
import { clockTyping, pageActivations, pageScrolling, savingSetting } from '../settings/pages';
// Imports of users and rights
import { addUser } from '../users/addUser';
import { deleteUser } from '../users/deleteUser';
import { moveFocusWithin } from '../forms/focus';
import { TARGET } from '../../targets';

const isControl = (control: string) => ({ type: 'isControl', params: { control } }) as const;
const goBack = [{ guard: 'isAtMainMenu', target: TARGET.liveView }, { actions: 'closeMenuLevel' }] as const;

export const menu = recorderSetup.createStateConfig({
  initial: 'browsing',
  states: {
    browsing: {
      on: {
        ...clockTyping, // temporary password, clock and log: the Date & Time page's fields
        ...pageScrolling, // the wheel pages the System Log
        ACTIVATE: [
          { guard: 'isOpenableMenuItem', actions: ['openMenuItem', 'resetPageEntries'] },
          { guard: 'isShutdownMenuItem', target: 'shutdownDialog' },
          { guard: 'canModifyUser', target: 'modifyUser', actions: 'openModifyDialog' },
          // Menu activations of users and rights
          { guard: 'canOpenAddUser', target: 'addUser' },
          { guard: 'canDeleteUserTarget', target: 'deleteUser', actions: 'openDeleteDialog' },
          // Menu activations of temporary password, clock and log
          ...pageActivations,
          // Menu activations of storage, upgrade and defaults
          ...storageMenuActivations,
          // Menu activations of cameras
          { guard: 'isSyncableReadd', target: TARGET.cameraSyncPrompt },
          { guard: 'isCameraReadd', actions: 'showCameraRefusal' },
        ],
        CONTEXT_MENU: goBack,
        BACK: goBack,
        MOVE_FOCUS: moveFocusWithin('menu'),
      },
    },
    shutdownDialog: {
      on: {
        ACTIVATE: [
          { guard: isControl(SHUTDOWN.logout), target: TARGET.loggingOut, actions: ['prepareLogoutLog', 'endSession'] },
          { guard: isControl(SHUTDOWN.reboot), target: TARGET.booting, actions: 'wipeRam' },
          { guard: isControl(SHUTDOWN.shutdown), target: TARGET.halted, actions: 'wipeRam' },
          { guard: isControl(SHUTDOWN.cancel), target: 'browsing' },
        ],
        CONTEXT_MENU: 'browsing',
        BACK: 'browsing',
        MOVE_FOCUS: moveFocusWithin('shutdown'),
      },
    },
    modifyUser,
    // Menu states of users and rights
    addUser,
    deleteUser,
    // Menu states of temporary password, clock and log
    savingSetting,
    // Menu states of storage, upgrade and defaults
    ...storageMenuStates,
    // Menu states of cameras
    cameraSync,
  },
});
