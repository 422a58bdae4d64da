/**
 * deleteUser: the confirmation of a row's Delete (trash) button. Opened only for a user the operator may delete
 * (admin-group operator; not `admin`, not `default`, not themselves); OK checks the rights again.
 *
 *   confirming  OK deletes, Cancel / right click / Escape keep the user
 *   saving      the flash write, with a System Log entry; the dialog closes only once it is durable (busy)
 */
import { and } from 'xstate';
import { DELETE_USER } from '../../../controls/controlIds';
import { recorderSetup } from '../../setup';
import { moveFocusWithin } from '../forms/focus';
import { writingPendingFlash } from '../flash/writeFlash';
import { TARGET } from '../../targets';

const isControl = (control: string) => ({ type: 'isControl', params: { control } }) as const;
const close = { target: TARGET.menuBrowsing } as const;

export const deleteUser = recorderSetup.createStateConfig({
  exit: 'closeUserDialog',
  initial: 'confirming',
  states: {
    confirming: {
      on: {
        ACTIVATE: [
          { guard: isControl(DELETE_USER.cancel), ...close },
          // The rights were checked when the dialog opened; they are checked again so no path deletes a protected
          // account.
          {
            guard: and([isControl(DELETE_USER.ok), 'isDeleteStillAllowed']),
            target: 'saving',
            actions: 'prepareDeletedUserFlash',
          },
        ],
        CONTEXT_MENU: close,
        BACK: close,
        MOVE_FOCUS: moveFocusWithin('deleteUser'),
      },
    },
    saving: writingPendingFlash(
      TARGET.menuBrowsing,
      [{ type: 'showToast', params: { text: 'User deleted.' } }],
      'confirming',
      'The user could not be deleted. Nothing was changed.',
    ),
  },
});
