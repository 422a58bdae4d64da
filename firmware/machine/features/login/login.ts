/**
 * login: the login dialog, opened from the Quick Menu's Main Menu item when nobody is logged in.
 *
 *   editing    User Name (prefilled "admin") and Password; OK checks the lock first: a locked account is refused
 *              without checking the password, so the right password does not open it (P11)
 *   verifying           PBKDF2 check of the password against the stored hash (busy)
 *   verifyingTemporary  when that fails, for `admin` on a family whose support issues temporary passwords: the
 *                       typed text against the temporary password of the date the recorder displays (busy)
 *   loggingLogin        writes the login to the System Log (busy), then starts the session
 *   loggingTemporaryLogin  the same for a temporary-password login; the session records how it was opened
 *   loggingFailure      a refused password counts towards the profile's lockout (a temporary password too) and is
 *                       written to the System Log, as is the lock it causes (busy); then back to editing
 *   signedIn            routes the session: a temporary-password login asks to change the password at once (P2),
 *                       a recorder still using its default password asks too (legacy); otherwise the Main Menu
 *
 * Enter in a text field (SUBMIT) is OK. Cancel, right click and Escape return to live view.
 */
import { and, raise } from 'xstate';
import { LOGIN, PASSWORD_RECOVERY } from '../../../controls/controlIds';
import { temporaryPasswordInputs } from '../temporaryPassword/setup';
import { recorderSetup } from '../../setup';
import { loginVerifyInput } from './setup';
import { loggingFailure, loggingLogin, loggingTemporaryLogin } from './loginLog';
import { moveFocusWithin } from '../forms/focus';
import { TARGET } from '../../targets';
import { keyboardActivations, typingTransitions } from '../forms/textEntry';

const FIELDS = [LOGIN.userName, LOGIN.password] as const;
const isControl = (control: string) => ({ type: 'isControl', params: { control } }) as const;
const REFUSED = { target: 'loggingFailure', actions: ['recordLoginFailure', 'prepareLoginFailureLog'] } as const;
const CHECK_FAILED = {
  target: 'editing',
  actions: { type: 'showMessage', params: { text: 'The password could not be checked. Try again.' } },
} as const;

export const login = recorderSetup.createStateConfig({
  // Typed passwords live only while the dialog is open.
  exit: 'forgetTypedPasswords',
  initial: 'editing',
  entry: { type: 'resetForm', params: { values: { [LOGIN.userName]: 'admin' } } },
  states: {
    editing: {
      on: {
        ...typingTransitions(FIELDS),
        ACTIVATE: [
          ...keyboardActivations(FIELDS),
          {
            guard: and([isControl(LOGIN.ok), 'isLoginUserNameEmpty']),
            actions: { type: 'showMessage', params: { text: 'Enter a user name.' } },
          },
          { guard: and([isControl(LOGIN.ok), 'isLoginUserLocked']), actions: 'showLockedMessage' },
          { guard: isControl(LOGIN.ok), target: 'verifying', actions: 'closeKeyboard' },
          { guard: isControl(LOGIN.cancel), target: TARGET.liveView },
          // Login activations of users and rights
          {
            guard: and([isControl(PASSWORD_RECOVERY.forgotPassword), 'hasLoginRecovery', 'isAdminLocked']),
            actions: 'showAdminLockedMessage',
          },
          {
            guard: and([isControl(PASSWORD_RECOVERY.forgotPassword), 'hasLoginRecovery']),
            target: TARGET.passwordRecovery,
          },
        ],
        // Enter in a text field submits the dialog, as OK does.
        SUBMIT: { actions: raise({ type: 'ACTIVATE', control: LOGIN.ok }) },
        CONTEXT_MENU: TARGET.liveView,
        BACK: TARGET.liveView,
        MOVE_FOCUS: moveFocusWithin('login'),
      },
    },
    verifying: {
      tags: 'busy',
      invoke: {
        id: 'verifyPassword',
        src: 'verifyPassword',
        input: loginVerifyInput,
        onDone: [
          {
            guard: { type: 'isPasswordCorrect', params: ({ event }) => ({ output: event.output }) },
            target: 'loggingLogin',
            actions: { type: 'prepareLoginLog', params: { temporary: false } },
          },
          { guard: 'canUseTemporaryPassword', target: 'verifyingTemporary' },
          REFUSED,
        ],
        onError: CHECK_FAILED,
      },
    },
    verifyingTemporary: {
      tags: 'busy',
      invoke: {
        id: 'checkTemporaryPassword',
        src: 'checkTemporaryPassword',
        input: temporaryPasswordInputs.login,
        onDone: [
          {
            guard: { type: 'isPasswordCorrect', params: ({ event }) => ({ output: event.output }) },
            target: 'loggingTemporaryLogin',
            actions: { type: 'prepareLoginLog', params: { temporary: true } },
          },
          REFUSED,
        ],
        onError: CHECK_FAILED,
      },
    },
    loggingLogin,
    loggingTemporaryLogin,
    loggingFailure,
    /** Routes a new session: a default password still in use is to be changed first. */
    signedIn: {
      always: [
        { guard: 'isTemporarySession', target: TARGET.temporaryPasswordPrompt },
        { guard: 'isDefaultPasswordPromptDue', target: TARGET.defaultPasswordPrompt },
        { target: TARGET.menu },
      ],
    },
  },
});
