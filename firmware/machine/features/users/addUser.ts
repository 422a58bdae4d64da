/**
 * addUser: the Add User dialog of the user list, for admin-group operators only.
 *
 *   editing  User Name, Password, Confirm Password and the Admin Group check box; OK checks, in order: the operator's
 *            rights, the name rule (1-31 letters, digits, _ @ .), that the name is free, the user limit, the
 *            family's password rule and the confirmation; every refusal keeps the dialog open with an alert
 *   hashing  PBKDF2 of the new password (busy)
 *   saving   the flash write, with a System Log entry; the dialog closes only once it is durable (busy)
 *
 * Cancel, right click and Escape close it.
 */
import { and, not } from 'xstate';
import { ADD_USER } from '../../../controls/controlIds';
import { addUserHashInput } from './setup';
import { hashingThenSaving } from '../flash/hashingThenSaving';
import { recorderSetup } from '../../setup';
import { moveFocusWithin } from '../forms/focus';
import { TARGET } from '../../targets';
import { keyboardActivations, typingTransitions } from '../forms/textEntry';

const FIELDS = [ADD_USER.userName, ADD_USER.password, ADD_USER.confirmPassword] as const;
const isControl = (control: string) => ({ type: 'isControl', params: { control } }) as const;
const close = { target: TARGET.menuBrowsing } as const;

export const addUser = recorderSetup.createStateConfig({
  // Typed passwords live only while the dialog is open.
  entry: 'openUserDialog',
  exit: 'closeUserDialog',
  initial: 'editing',
  states: {
    editing: {
      on: {
        ...typingTransitions(FIELDS),
        ACTIVATE: [
          ...keyboardActivations(FIELDS),
          { guard: isControl(ADD_USER.adminGroup), actions: 'toggleAdminGroup' },
          { guard: and([isControl(ADD_USER.ok), not('isAddUserAcceptable')]), actions: 'showAddUserProblem' },
          {
            guard: isControl(ADD_USER.ok),
            target: 'hashing',
            actions: ['closeKeyboard', { type: 'drawSalts', params: { count: 1 } }],
          },
          { guard: isControl(ADD_USER.cancel), ...close },
        ],
        CONTEXT_MENU: close,
        BACK: close,
        MOVE_FOCUS: moveFocusWithin('addUser'),
      },
    },
    ...hashingThenSaving({
      input: addUserHashInput,
      prepare: ['prepareAddedUserFlash'],
      back: 'editing',
      saved: TARGET.menuBrowsing,
      savedActions: [{ type: 'showToast', params: { text: 'User added.' } }],
      failure: 'The user could not be saved. Nothing was changed.',
    }),
  },
});
