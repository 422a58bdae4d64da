/**
 * Password Recovery of the `connect` family (P5): the stored security questions, then the app verification, and the
 * new admin password. The answer rules are in domain/securityAnswers.ts.
 */
import {
  APP_VERIFICATION_MAX_WRONG_TRIES,
  APP_VERIFICATION_VALID_MS,
  RECOVERY_MAX_WRONG_ANSWERS_PER_BOOT,
} from '../../../catalogue/rules';
import { nextUint32 } from '../../../domain/random';
import { normalizeAnswer } from '../../../domain/securityAnswers';
import { ADMIN_USER_NAME, withChangedPassword } from '../../../domain/users';
import type { PasswordHash } from '../../../security/passwordHash';
import { PASSWORD_RECOVERY } from '../../../controls/controlIds';
import { EMPTY_FORM } from '../../context';
import { guard, update } from '../../kit';
import { fieldValue, isLocked, newPasswordProblem } from '../../logic';
import type { RecorderContext, RecorderEvent } from '../../types';
import { showProblem, textMessage } from '../forms/setup';
import { withDeviceLogEntry } from '../systemLog/setup';

/** Why Password Recovery's new password is not acceptable, or null. */
const recoveryPasswordProblem = (context: RecorderContext): string | null =>
  newPasswordProblem(context, PASSWORD_RECOVERY.newPassword, PASSWORD_RECOVERY.confirmPassword);

/** The stored question Password Recovery asks now: a wrong answer moves on to the next one (KB-N831). */
export function currentRecoveryQuestion(context: RecorderContext) {
  const questions = context.flash.securityQuestions;
  return questions.length === 0 ? undefined : questions[context.recoveryWrongAnswers % questions.length];
}

/** Whether the app approval in `event` is for this recorder and carries the code on screen, in time. */
function isValidApproval(context: RecorderContext, event: RecorderEvent): boolean {
  return (
    event.type === 'APP_VERIFICATION_APPROVED' &&
    context.appVerification !== null &&
    event.deviceId === context.unit.deviceId &&
    event.code === context.appVerification.code &&
    context.now < context.appVerification.until
  );
}

/** Input of the verifying actor: the typed answer (normalised) against the stored hash of the question on screen. */
export const recoveryAnswerInput = ({ context }: { context: RecorderContext }) => ({
  password: normalizeAnswer(fieldValue(context, PASSWORD_RECOVERY.answer)),
  record: currentRecoveryQuestion(context)?.answer,
});

/** Input of the hashing actor: the new admin password with the salt drawn for it. */
export const recoveryHashInput = ({ context }: { context: RecorderContext }) => ({
  requests: [{ password: fieldValue(context, PASSWORD_RECOVERY.newPassword), salt: context.pendingSalts[0] ?? '' }],
  iterations: context.pbkdf2Iterations,
});

export const passwordRecoveryGuards = {
  hasLoginRecovery: guard(({ context }) => context.profile.loginRecovery === 'securityQuestions'),
  isAdminLocked: guard(({ context }) => isLocked(context, ADMIN_USER_NAME)),
  hasRecoveryQuestionsLeft: guard(
    ({ context }) =>
      currentRecoveryQuestion(context) !== undefined &&
      context.recoveryWrongAnswers < RECOVERY_MAX_WRONG_ANSWERS_PER_BOOT,
  ),
  isRecoveryAnswerEmpty: guard(({ context }) => normalizeAnswer(fieldValue(context, PASSWORD_RECOVERY.answer)) === ''),
  isAppApprovalValid: guard(({ context, event }) => isValidApproval(context, event)),
  isAppApprovalForThisRecorder: guard(
    ({ context, event }) => event.type === 'APP_VERIFICATION_APPROVED' && event.deviceId === context.unit.deviceId,
  ),
  isRecoveryPasswordAcceptable: guard(({ context }) => recoveryPasswordProblem(context) === null),
};

export const passwordRecoveryActions = {
  showAdminLockedMessage: update(({ context }) => ({
    form: {
      ...context.form,
      message: { kind: 'locked', until: context.lockedUntil[ADMIN_USER_NAME] ?? context.now },
    },
  })),
  recordWrongAnswer: update(({ context }) => {
    const wrong = context.recoveryWrongAnswers + 1;
    const next =
      wrong < RECOVERY_MAX_WRONG_ANSWERS_PER_BOOT && context.flash.securityQuestions.length > 0
        ? 'The answer is wrong. Answer the next question.'
        : 'The answers were wrong. Verify through the Lorex Connect app instead.';
    return { recoveryWrongAnswers: wrong, form: { ...EMPTY_FORM, message: textMessage(next) } };
  }),
  /** Shows a fresh 6-digit code (seeded generator) for the app to approve. */
  startAppVerification: update(({ context }) => {
    const [value, rngState] = nextUint32(context.rngState);
    const code = String(value % 1_000_000).padStart(6, '0');
    return { rngState, appVerification: { code, until: context.now + APP_VERIFICATION_VALID_MS, wrongTries: 0 } };
  }),
  /** A wrong code counts; at APP_VERIFICATION_MAX_WRONG_TRIES the code is void, like an expired one. */
  showRejectedApproval: update(({ context }) => {
    const verification = context.appVerification;
    if (!verification || context.now >= verification.until) {
      return {
        form: {
          ...context.form,
          message: textMessage('The code has expired. Cancel and click Forgot Password again.'),
        },
      };
    }
    const wrongTries = verification.wrongTries + 1;
    const isVoid = wrongTries >= APP_VERIFICATION_MAX_WRONG_TRIES;
    return {
      appVerification: { ...verification, wrongTries, until: isVoid ? context.now : verification.until },
      form: {
        ...context.form,
        message: textMessage(
          isVoid
            ? 'Too many wrong codes: this code is void. Cancel and click Forgot Password again.'
            : 'The app approved a different code. Scan the code on this screen.',
        ),
      },
    };
  }),
  markRecoveryVerified: update<{ by: 'securityQuestion' | 'app' }>((_, { by }) => ({
    recoveryVerifiedBy: by,
    appVerification: null,
    form: EMPTY_FORM,
    focus: null,
    keyboard: null,
  })),
  showRecoveryPasswordProblem: showProblem(recoveryPasswordProblem),
  prepareRecoveredPasswordFlash: update<{ hashes: readonly PasswordHash[] }>(({ context }, { hashes }) => {
    const [hash] = hashes;
    if (!hash) throw new Error('Password Recovery produced no hash.');
    const by = context.recoveryVerifiedBy === 'app' ? 'app-account verification' : 'a security question';
    const flash = withChangedPassword(context.flash, ADMIN_USER_NAME, hash);
    const detail = `Admin password reset through Password Recovery (${by}).`;
    return {
      pendingFlash: {
        ...withDeviceLogEntry(context, flash, 'securityQuestionsReset', ADMIN_USER_NAME, detail),
        randomSeed: context.rngState,
      },
    };
  }),
  closePasswordRecovery: update(() => ({
    appVerification: null,
    recoveryVerifiedBy: null,
    form: EMPTY_FORM,
    focus: null,
    keyboard: null,
  })),
};
