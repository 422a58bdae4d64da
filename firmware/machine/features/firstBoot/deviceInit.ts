/**
 * deviceInit: Device Initialization, the first boot of a recorder whose family has no default password
 * (DH-init; QSG-N843 "creating a secure password").
 *
 *   passwordPage   Password + Confirm Password, checked against the family's rule on Next
 *   questionsPage  families with security questions (connect, KB-N831): three answers, required, 2-32 characters
 *                  after normalisation (domain/securityAnswers.ts); right click goes back to the password page
 *   summaryPage    Finish saves; right click goes back to the password page
 *   hashing        PBKDF2 of the new admin password and of the normalised answers (busy)
 *   saving        the flash write; only when it is durable does the recorder go on to live view (busy)
 */
import { and } from 'xstate';
import { DEVICE_INIT, SECURITY_ANSWERS } from '../../../controls/controlIds';
import { deviceInitSaltCount, firstBootHashInputs } from './setup';
import { hashingThenSaving } from '../flash/hashingThenSaving';
import { TARGET } from '../../targets';
import { recorderSetup } from '../../setup';
import { moveFocusWithin } from '../forms/focus';
import { keyboardActivations, typingTransitions } from '../forms/textEntry';

const FIELDS = [DEVICE_INIT.password, DEVICE_INIT.confirmPassword] as const;
const isControl = (control: string) => ({ type: 'isControl', params: { control } }) as const;

export const deviceInit = recorderSetup.createStateConfig({
  // Typed passwords live only while the dialog is open.
  exit: 'forgetTypedPasswords',
  initial: 'passwordPage',
  entry: { type: 'resetForm', params: {} },
  states: {
    passwordPage: {
      on: {
        ...typingTransitions(FIELDS),
        ACTIVATE: [
          ...keyboardActivations(FIELDS),
          {
            guard: and([isControl(DEVICE_INIT.next), 'isInitPasswordAcceptable', 'asksSecurityQuestions']),
            target: 'questionsPage',
            actions: 'closeKeyboard',
          },
          {
            guard: and([isControl(DEVICE_INIT.next), 'isInitPasswordAcceptable']),
            target: 'summaryPage',
            actions: 'closeKeyboard',
          },
          { guard: isControl(DEVICE_INIT.next), actions: 'showInitPasswordProblem' },
        ],
        MOVE_FOCUS: moveFocusWithin('deviceInitPassword'),
      },
    },
    questionsPage: {
      on: {
        ...typingTransitions(SECURITY_ANSWERS),
        ACTIVATE: [
          ...keyboardActivations(SECURITY_ANSWERS),
          {
            guard: and([isControl(DEVICE_INIT.next), 'areSecurityAnswersAcceptable']),
            target: 'summaryPage',
            actions: 'closeKeyboard',
          },
          { guard: isControl(DEVICE_INIT.next), actions: 'showSecurityAnswersProblem' },
        ],
        CONTEXT_MENU: 'passwordPage',
        BACK: 'passwordPage',
        MOVE_FOCUS: moveFocusWithin('deviceInitQuestions'),
      },
    },
    summaryPage: {
      on: {
        ACTIVATE: {
          guard: isControl(DEVICE_INIT.finish),
          target: 'hashing',
          actions: { type: 'drawSalts', params: ({ context }) => ({ count: deviceInitSaltCount(context) }) },
        },
        CONTEXT_MENU: 'passwordPage',
        BACK: 'passwordPage',
        MOVE_FOCUS: moveFocusWithin('deviceInitSummary'),
      },
    },
    ...hashingThenSaving({
      input: firstBootHashInputs.deviceInit,
      prepare: ['prepareInitializedFlash', 'addSecurityAnswersToPendingFlash'],
      back: 'summaryPage',
      saved: TARGET.ready,
      savedActions: [],
      failure: 'The settings could not be saved. Nothing was changed.',
    }),
  },
});
