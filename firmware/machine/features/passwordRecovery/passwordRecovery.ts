/**
 * passwordRecovery: Password Recovery of the `connect` family (P5, KB-N831), opened by the login dialog's Forgot
 * Password when the family's profile has `loginRecovery: 'securityQuestions'` and the admin account is not locked.
 * It resets the `admin` password only (Dahua: security-question reset "is for admin user only").
 *
 *   routing          the questions while this boot has wrong answers left, else the app verification
 *   question         one stored question at a time with an Answer field; OK checks it; a wrong answer moves to the
 *                    next question (KB-N831) and counts towards RECOVERY_MAX_WRONG_ANSWERS_PER_BOOT: at the limit the
 *                    questions are not asked again until a power cycle, so answers cannot be guessed forever.
 *                    Use App Verification skips to the app
 *   verifyingAnswer  PBKDF2 check of the normalised answer against the question's stored hash (busy)
 *   appVerification  a 6-digit code and its QR code; waits for APP_VERIFICATION_APPROVED (see types.ts) with this
 *                    recorder's Device ID and the code, before it expires (APP_VERIFICATION_VALID_MS)
 *   newPassword      New Password + Confirm Password for admin, checked against the family's rule
 *   hashing          PBKDF2 of the new password (busy)
 *   saving           the flash write with a System Log entry; once durable, back to the login dialog (busy)
 *
 * Cancel, right click and Escape return to the login dialog.
 */
import { and } from 'xstate';
import { PASSWORD_RECOVERY } from '../../../controls/controlIds';
import { recoveryAnswerInput, recoveryHashInput } from './setup';
import { hashingThenSaving } from '../flash/hashingThenSaving';
import { TARGET } from '../../targets';
import { recorderSetup } from '../../setup';
import { moveFocusWithin } from '../forms/focus';
import { keyboardActivations, typingTransitions } from '../forms/textEntry';

const ANSWER = [PASSWORD_RECOVERY.answer] as const;
const PASSWORDS = [PASSWORD_RECOVERY.newPassword, PASSWORD_RECOVERY.confirmPassword] as const;
const isControl = (control: string) => ({ type: 'isControl', params: { control } }) as const;
const cancel = { guard: isControl(PASSWORD_RECOVERY.cancel), target: TARGET.login } as const;
const moveFocus = moveFocusWithin('passwordRecovery');
/** Right click, Escape and the moving highlight, on every screen of the dialog that waits for the user. */
const navigation = { CONTEXT_MENU: TARGET.login, BACK: TARGET.login, MOVE_FOCUS: moveFocus } as const;

export const passwordRecovery = recorderSetup.createStateConfig({
  // Typed answers and passwords, the code and the proof live only while the dialog is open.
  entry: 'closePasswordRecovery',
  exit: 'closePasswordRecovery',
  initial: 'routing',
  states: {
    routing: {
      always: [
        { guard: 'hasRecoveryQuestionsLeft', target: 'question' },
        { target: 'appVerification', actions: 'startAppVerification' },
      ],
    },
    question: {
      on: {
        ...typingTransitions(ANSWER),
        ACTIVATE: [
          ...keyboardActivations(ANSWER),
          {
            guard: and([isControl(PASSWORD_RECOVERY.ok), 'isRecoveryAnswerEmpty']),
            actions: { type: 'showMessage', params: { text: 'Enter the answer.' } },
          },
          { guard: isControl(PASSWORD_RECOVERY.ok), target: 'verifyingAnswer', actions: 'closeKeyboard' },
          {
            guard: isControl(PASSWORD_RECOVERY.useApp),
            target: 'appVerification',
            actions: ['closeKeyboard', 'startAppVerification'],
          },
          cancel,
        ],
        ...navigation,
      },
    },
    verifyingAnswer: {
      tags: 'busy',
      invoke: {
        id: 'verifyPassword',
        src: 'verifyPassword',
        input: recoveryAnswerInput,
        onDone: [
          {
            guard: { type: 'isPasswordCorrect', params: ({ event }) => ({ output: event.output }) },
            target: 'newPassword',
            actions: { type: 'markRecoveryVerified', params: { by: 'securityQuestion' } },
          },
          { target: 'routing', actions: 'recordWrongAnswer' },
        ],
        onError: {
          target: 'question',
          actions: { type: 'showMessage', params: { text: 'The answer could not be checked. Try again.' } },
        },
      },
    },
    appVerification: {
      on: {
        APP_VERIFICATION_APPROVED: [
          {
            guard: 'isAppApprovalValid',
            target: 'newPassword',
            actions: { type: 'markRecoveryVerified', params: { by: 'app' } },
          },
          // An approval for another recorder is not addressed to this one and is ignored.
          { guard: 'isAppApprovalForThisRecorder', actions: 'showRejectedApproval' },
        ],
        ACTIVATE: [cancel],
        ...navigation,
      },
    },
    newPassword: {
      on: {
        ...typingTransitions(PASSWORDS),
        ACTIVATE: [
          ...keyboardActivations(PASSWORDS),
          {
            guard: and([isControl(PASSWORD_RECOVERY.ok), 'isRecoveryPasswordAcceptable']),
            target: 'hashing',
            actions: ['closeKeyboard', { type: 'drawSalts', params: { count: 1 } }],
          },
          { guard: isControl(PASSWORD_RECOVERY.ok), actions: 'showRecoveryPasswordProblem' },
          cancel,
        ],
        ...navigation,
      },
    },
    ...hashingThenSaving({
      input: recoveryHashInput,
      prepare: ['prepareRecoveredPasswordFlash'],
      back: 'newPassword',
      saved: TARGET.login,
      savedActions: [
        { type: 'showToast', params: { text: 'The admin password was reset. Log in with the new password.' } },
      ],
      failure: 'The password could not be saved. Nothing was changed.',
    }),
  },
});
