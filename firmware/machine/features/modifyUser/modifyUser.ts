/**
 * modifyUser: the Modify dialog of a user (seed 001: "Modify Password: check to change or reset the password";
 * Old, New, Confirm; OK saves).
 *
 *   editing       ticking Modify Password enables the three password fields; OK without it closes the dialog;
 *                 OK with it checks, in order: old password given, the family's rule, the confirmation
 *   verifyingOld  the Old Password against the logged-in user's own hash (busy)
 *   verifyingTemporaryOld  in a session opened with the temporary password, when the hash does not match: the Old
 *                 Password against the temporary password of the displayed date (busy; reset path P2)
 *   hashing       PBKDF2 of the new password (busy)
 *   saving        the flash write; the dialog closes only once it is durable (busy)
 *
 * Every refusal keeps the dialog open with an alert naming the rule. Cancel, right click and Escape close it.
 */
import { and, not } from 'xstate';
import { MODIFY_USER } from '../../../controls/controlIds';
import { recorderSetup } from '../../setup';
import { moveFocusWithin } from '../forms/focus';
import { TARGET } from '../../targets';
import { verifyingTemporaryOld } from '../temporaryPassword/states';
import { hashingThenSaving } from '../flash/hashingThenSaving';
import { modifyHashInput, modifyVerifyInput } from './setup';
import { keyboardActivations, typingTransitions } from '../forms/textEntry';

const FIELDS = [MODIFY_USER.oldPassword, MODIFY_USER.newPassword, MODIFY_USER.confirmPassword] as const;
const isControl = (control: string) => ({ type: 'isControl', params: { control } }) as const;
const whenChecked = 'isModifyPasswordChecked';
const close = { target: TARGET.menuBrowsing, actions: 'closeModifyDialog' } as const;

export const modifyUser = recorderSetup.createStateConfig({
  // Typed passwords live only while the dialog is open.
  exit: 'forgetTypedPasswords',
  initial: 'editing',
  states: {
    editing: {
      on: {
        ...typingTransitions(FIELDS, whenChecked),
        ACTIVATE: [
          ...keyboardActivations(FIELDS, whenChecked),
          { guard: isControl(MODIFY_USER.modifyPassword), actions: 'toggleModifyPassword' },
          { guard: and([isControl(MODIFY_USER.ok), not(whenChecked)]), ...close },
          { guard: and([isControl(MODIFY_USER.ok), not('isModifyEntryAcceptable')]), actions: 'showModifyProblem' },
          { guard: isControl(MODIFY_USER.ok), target: 'verifyingOld', actions: 'closeKeyboard' },
          { guard: isControl(MODIFY_USER.cancel), ...close },
        ],
        CONTEXT_MENU: close,
        BACK: close,
        MOVE_FOCUS: moveFocusWithin('modifyUser'),
      },
    },
    verifyingOld: {
      tags: 'busy',
      invoke: {
        id: 'verifyPassword',
        src: 'verifyPassword',
        input: modifyVerifyInput,
        onDone: [
          {
            guard: { type: 'isPasswordCorrect', params: ({ event }) => ({ output: event.output }) },
            target: 'hashing',
            actions: { type: 'drawSalts', params: { count: 1 } },
          },
          { guard: 'isTemporarySession', target: 'verifyingTemporaryOld' },
          { target: 'editing', actions: 'showOldPasswordIncorrect' },
        ],
        onError: {
          target: 'editing',
          actions: { type: 'showMessage', params: { text: 'The password could not be checked. Try again.' } },
        },
      },
    },
    verifyingTemporaryOld,
    ...hashingThenSaving({
      input: modifyHashInput,
      prepare: ['prepareChangedPasswordFlash'],
      back: 'editing',
      saved: TARGET.cameraSync,
      savedActions: ['closeModifyDialog', { type: 'showToast', params: { text: 'Saved successfully.' } }],
      failure: 'The password could not be saved. Nothing was changed.',
    }),
  },
});
