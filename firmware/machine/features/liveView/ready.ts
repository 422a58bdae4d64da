/**
 * ready: the recorder is running and initialized.
 *
 *   liveView               channel tiles and the clock; right click opens the Quick Menu
 *   quickMenu              Main Menu (login first when nobody is logged in) and Info; a click elsewhere,
 *                          right click or Escape closes it
 *   info                   Info (Model, Device ID and its QR code, Serial No., ...); no login needed (KB-Cloud);
 *                          also opened by the front panel's Info button (INFO_BUTTON) from live view and the Quick Menu
 *   login                  see login.ts
 *   defaultPasswordPrompt  legacy families: asks to change the default password after login (MAN-LNR400)
 *   menu                   see menu.ts
 */
import { DEFAULT_PASSWORD_PROMPT, INFO, QUICK_MENU } from '../../../controls/controlIds';
import { recorderSetup } from '../../setup';
import { login } from '../login/login';
import { loggingBoot } from '../power/loggingBoot';
import { loggingOut } from '../login/loginLog';
import { temporaryPasswordPrompt } from '../temporaryPassword/states';
import { menu } from '../menu/menu';
import { addingCamera } from '../cameras/cameraSync';
import { passwordRecovery } from '../passwordRecovery/passwordRecovery';
import { moveFocusWithin } from '../forms/focus';
import { TARGET } from '../../targets';

const isControl = (control: string) => ({ type: 'isControl', params: { control } }) as const;

export const ready = recorderSetup.createStateConfig({
  initial: 'liveView',
  states: {
    liveView: {
      always: { guard: 'hasCameraToAdd', target: 'addingCamera' },
      on: { CONTEXT_MENU: { target: 'quickMenu', actions: 'openQuickMenu' }, INFO_BUTTON: 'info' },
    },
    quickMenu: {
      on: {
        ACTIVATE: [
          { guard: { type: 'isControl', params: { control: QUICK_MENU.mainMenu } }, target: 'mainMenuRequested' },
          { guard: isControl(QUICK_MENU.info), target: 'info' },
          { guard: isControl(QUICK_MENU.search) },
          { guard: isControl(QUICK_MENU.sequence) },
          { target: 'liveView' },
        ],
        CONTEXT_MENU: 'liveView',
        BACK: 'liveView',
        INFO_BUTTON: 'info',
        MOVE_FOCUS: moveFocusWithin('quickMenu'),
      },
      exit: 'clearFocus',
    },
    /** The Main Menu needs a session: routes to it directly or through the login dialog. */
    mainMenuRequested: {
      always: [{ guard: 'hasSession', target: 'menu', actions: 'resetMenuPath' }, { target: 'login' }],
    },
    info: {
      on: {
        ACTIVATE: { guard: isControl(INFO.close), target: 'liveView' },
        CONTEXT_MENU: 'liveView',
        BACK: 'liveView',
        MOVE_FOCUS: moveFocusWithin('info'),
      },
      exit: 'clearFocus',
    },
    login,
    defaultPasswordPrompt: {
      on: {
        ACTIVATE: [
          { guard: isControl(DEFAULT_PASSWORD_PROMPT.ok), target: TARGET.modifyUser, actions: 'openOwnModifyDialog' },
          { guard: isControl(DEFAULT_PASSWORD_PROMPT.later), target: 'menu' },
        ],
        CONTEXT_MENU: 'menu',
        BACK: 'menu',
        MOVE_FOCUS: moveFocusWithin('defaultPasswordPrompt'),
      },
      exit: 'clearFocus',
    },
    menu,
    // Ready states of users and rights
    passwordRecovery,
    // Ready states of temporary password, clock and log
    loggingBoot,
    loggingOut,
    temporaryPasswordPrompt,
    // Ready states of cameras
    addingCamera,
  },
});
