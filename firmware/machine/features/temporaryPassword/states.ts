/**
 * States of the temporary password (P2-P4):
 *
 *   temporaryPasswordPrompt  (under `ready`) after a login with the temporary password: OK opens the own Modify
 *                            dialog at once (Old Password = the temporary password), Later the Main Menu
 *   verifyingTemporaryOld    (under `modifyUser`) in a session opened with the temporary password, when the hash does
 *                            not match: the Old Password against the temporary password of the displayed date (busy)
 */
import { TEMPORARY_PASSWORD_PROMPT } from '../../../controls/controlIds';
import { recorderSetup } from '../../setup';
import { TARGET } from '../../targets';
import { moveFocusWithin } from '../forms/focus';
import { temporaryPasswordInputs } from './setup';

const isControl = (control: string) => ({ type: 'isControl', params: { control } }) as const;

export const verifyingTemporaryOld = recorderSetup.createStateConfig({
  tags: 'busy',
  invoke: {
    id: 'checkTemporaryPassword',
    src: 'checkTemporaryPassword',
    input: temporaryPasswordInputs.modifyUser,
    onDone: [
      {
        guard: { type: 'isPasswordCorrect', params: ({ event }) => ({ output: event.output }) },
        target: 'hashing',
        actions: { type: 'drawSalts', params: { count: 1 } },
      },
      { target: 'editing', actions: 'showOldPasswordIncorrect' },
    ],
    onError: {
      target: 'editing',
      actions: { type: 'showMessage', params: { text: 'The password could not be checked. Try again.' } },
    },
  },
});

export const temporaryPasswordPrompt = recorderSetup.createStateConfig({
  on: {
    ACTIVATE: [
      { guard: isControl(TEMPORARY_PASSWORD_PROMPT.ok), target: TARGET.modifyUser, actions: 'openOwnModifyDialog' },
      { guard: isControl(TEMPORARY_PASSWORD_PROMPT.later), target: TARGET.menu },
    ],
    CONTEXT_MENU: TARGET.menu,
    BACK: TARGET.menu,
    MOVE_FOCUS: moveFocusWithin('temporaryPasswordPrompt'),
  },
  exit: 'clearFocus',
});
