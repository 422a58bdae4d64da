/**
 * provisioning: first boot of a family that ships default accounts (legacy: admin / 000000 and a view-only
 * `default` user, MAN-LNR400). The recorder hashes the documented defaults and writes them to flash, then runs.
 * If the write fails the recorder runs without accounts and tries again at the next boot.
 */
import { recorderSetup } from '../../setup';
import { TARGET } from '../../targets';
import { firstBootHashInputs } from './setup';
import { WRITE_PENDING_FLASH } from '../flash/writeFlash';

export const provisioning = recorderSetup.createStateConfig({
  tags: 'busy',
  initial: 'hashing',
  entry: { type: 'drawSalts', params: ({ context }) => ({ count: context.profile.defaultAccounts.length }) },
  states: {
    hashing: {
      invoke: {
        id: 'hashPasswords',
        src: 'hashPasswords',
        input: firstBootHashInputs.defaultAccounts,
        onDone: {
          target: 'saving',
          actions: { type: 'prepareProvisionedFlash', params: ({ event }) => ({ hashes: event.output }) },
        },
        onError: { target: TARGET.ready, actions: 'discardPendingFlash' },
      },
    },
    saving: {
      invoke: {
        ...WRITE_PENDING_FLASH,
        onDone: { target: TARGET.ready, actions: 'commitFlash' },
        onError: { target: TARGET.ready, actions: 'discardPendingFlash' },
      },
    },
  },
});
