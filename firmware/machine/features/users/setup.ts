/**
 * Guards and actions of users and rights (Add User, Delete, P6) and of the `connect` family's security questions and
 * Password Recovery (P5). Registered in setup.ts. The rules themselves are in domain/users.ts and
 * domain/securityAnswers.ts; this file reads the screen's fields and applies them.
 */
import {
  APP_VERIFICATION_MAX_WRONG_TRIES,
  APP_VERIFICATION_VALID_MS,
  RECOVERY_MAX_WRONG_ANSWERS_PER_BOOT,
} from '../../../catalogue/rules';
import { SECURITY_QUESTIONS } from '../../../catalogue/securityQuestions';
import { nextUint32 } from '../../../domain/random';
import { answerProblem, normalizeAnswer, withSecurityAnswers } from '../../../domain/securityAnswers';
import { withLogEntry } from '../../../domain/systemLog';
import {
  ADMIN_USER_NAME,
  canAddUsers,
  canDeleteUser,
  newUserNameProblem,
  withAddedUser,
  withChangedPassword,
  withoutUser,
} from '../../../domain/users';
import type { PasswordHash } from '../../../security/passwordHash';
import { ADD_USER, deleteTargetOf, PASSWORD_RECOVERY, SECURITY_ANSWERS, USER_LIST } from '../../../controls/controlIds';
import { EMPTY_FORM } from '../../context';
import { guard, update } from '../../kit';
import { deviceNow, fieldValue, isLocked, newPasswordProblem, openMenuPage } from '../../logic';
import type { RecorderContext, RecorderEvent } from '../../types';
import type { Flash, LogEventKind } from '../../../persistence/flash';

const text = (message: string) => ({ kind: 'text', text: message }) as const;
const operatorOf = (context: RecorderContext): string => context.session?.userName ?? '';
const onUserList = (context: RecorderContext): boolean => openMenuPage(context)?.page === 'userList';

/** Why the Add User dialog cannot be saved (rights, name, limit, password rule, confirmation), or null. */
export function addUserProblem(context: RecorderContext): string | null {
  if (!canAddUsers(context.flash, operatorOf(context))) return 'Only an admin-group user may add users.';
  return (
    newUserNameProblem(context.flash, fieldValue(context, ADD_USER.userName)) ??
    newPasswordProblem(context, ADD_USER.password, ADD_USER.confirmPassword)
  );
}

/** Why the security answers of Device Initialization are not acceptable, or null. */
export function securityAnswersProblem(context: RecorderContext): string | null {
  for (const [index, control] of SECURITY_ANSWERS.entries()) {
    const problem = answerProblem(fieldValue(context, control), index + 1);
    if (problem) return problem;
  }
  return null;
}

/** Why Password Recovery's new password is not acceptable, or null. */
export const recoveryPasswordProblem = (context: RecorderContext): string | null =>
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

/** `flash` with a log entry stamped with the recorder's clock. */
const logged = (context: RecorderContext, flash: Flash, kind: LogEventKind, user: string | null, detail: string) =>
  withLogEntry(flash, deviceNow(context), kind, user, detail);

/** An action that shows, in the dialog's alert line, the problem `problemOf` finds with what was typed. */
const showProblem = (problemOf: (context: RecorderContext) => string | null) =>
  update(({ context }) => ({ form: { ...context.form, message: text(problemOf(context) ?? '') } }));

export const userGuards = {
  canOpenAddUser: guard(
    ({ context, event }) =>
      event.type === 'ACTIVATE' &&
      event.control === USER_LIST.addUser &&
      onUserList(context) &&
      canAddUsers(context.flash, operatorOf(context)),
  ),
  isAddUserAcceptable: guard(({ context }) => addUserProblem(context) === null),
  canDeleteUserTarget: guard(({ context, event }) => {
    const target = event.type === 'ACTIVATE' ? deleteTargetOf(event.control) : null;
    return target !== null && onUserList(context) && canDeleteUser(context.flash, operatorOf(context), target);
  }),
  isDeleteStillAllowed: guard(
    ({ context }) =>
      context.deleteTarget !== null && canDeleteUser(context.flash, operatorOf(context), context.deleteTarget),
  ),
  asksSecurityQuestions: guard(({ context }) => context.profile.securityQuestions),
  areSecurityAnswersAcceptable: guard(({ context }) => securityAnswersProblem(context) === null),
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

export const userActions = {
  openUserDialog: update(() => ({ form: EMPTY_FORM, focus: null, keyboard: null })),
  closeUserDialog: update(() => ({ form: EMPTY_FORM, focus: null, keyboard: null, deleteTarget: null })),
  toggleAdminGroup: update(({ context }) => ({
    form: {
      ...context.form,
      checked: { ...context.form.checked, [ADD_USER.adminGroup]: context.form.checked[ADD_USER.adminGroup] !== true },
      message: null,
    },
  })),
  showAddUserProblem: showProblem(addUserProblem),
  prepareAddedUserFlash: update<{ hashes: readonly PasswordHash[] }>(({ context }, { hashes }) => {
    const [hash] = hashes;
    if (!hash) throw new Error('Add User produced no hash.');
    const name = fieldValue(context, ADD_USER.userName);
    const group = context.form.checked[ADD_USER.adminGroup] === true ? 'admin' : 'user';
    const flash = withAddedUser(context.flash, name, group, hash);
    const detail = `User ${name} (${group} group) added by ${operatorOf(context)}.`;
    return { pendingFlash: { ...logged(context, flash, 'userAdded', name, detail), randomSeed: context.rngState } };
  }),
  openDeleteDialog: update(({ event }) => ({
    deleteTarget: event.type === 'ACTIVATE' ? deleteTargetOf(event.control) : null,
    form: EMPTY_FORM,
    focus: null,
    keyboard: null,
  })),
  prepareDeletedUserFlash: update(({ context }) => {
    const target = context.deleteTarget ?? '';
    const flash = withoutUser(context.flash, target);
    const detail = `User ${target} deleted by ${operatorOf(context)}.`;
    return { pendingFlash: logged(context, flash, 'userDeleted', target, detail) };
  }),
  showSecurityAnswersProblem: showProblem(securityAnswersProblem),
  /** Device Initialization: the hashes after the admin password's are the answers, in question order. */
  addSecurityAnswersToPendingFlash: update<{ hashes: readonly PasswordHash[] }>(({ context }, { hashes }) =>
    context.pendingFlash && context.profile.securityQuestions
      ? { pendingFlash: withSecurityAnswers(context.pendingFlash, SECURITY_QUESTIONS, hashes.slice(1)) }
      : {},
  ),
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
    return { recoveryWrongAnswers: wrong, form: { ...EMPTY_FORM, message: text(next) } };
  }),
  /** Shows a fresh 6-digit code (seeded generator) for the app to approve. */
  startAppVerification: update(({ context }) => {
    const [value, rngState] = nextUint32(context.rngState);
    const code = String(value % 1_000_000).padStart(6, '0');
    return { rngState, appVerification: { code, until: context.now + APP_VERIFICATION_VALID_MS, wrongTries: 0 } };
  }),
  /** A wrong code counts; at APP_VERIFICATION_MAX_WRONG_TRIES the code is void (SPEC §5), like an expired one. */
  showRejectedApproval: update(({ context }) => {
    const verification = context.appVerification;
    if (!verification || context.now >= verification.until) {
      return {
        form: { ...context.form, message: text('The code has expired. Cancel and click Forgot Password again.') },
      };
    }
    const wrongTries = verification.wrongTries + 1;
    const isVoid = wrongTries >= APP_VERIFICATION_MAX_WRONG_TRIES;
    return {
      appVerification: { ...verification, wrongTries, until: isVoid ? context.now : verification.until },
      form: {
        ...context.form,
        message: text(
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
        ...logged(context, flash, 'securityQuestionsReset', ADMIN_USER_NAME, detail),
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

/** Inputs of the hashing and verifying actors for this feature's dialogs. */
export const userHashInputs = {
  addUser: (context: RecorderContext) => ({
    requests: [{ password: fieldValue(context, ADD_USER.password), salt: context.pendingSalts[0] ?? '' }],
    iterations: context.pbkdf2Iterations,
  }),
  recovery: (context: RecorderContext) => ({
    requests: [{ password: fieldValue(context, PASSWORD_RECOVERY.newPassword), salt: context.pendingSalts[0] ?? '' }],
    iterations: context.pbkdf2Iterations,
  }),
};

/** Device Initialization's answers to hash after the admin password (normalised), when the family asks them. */
export function securityAnswerRequests(context: RecorderContext) {
  if (!context.profile.securityQuestions) return [];
  return SECURITY_ANSWERS.map((control, index) => ({
    password: normalizeAnswer(fieldValue(context, control)),
    salt: context.pendingSalts[index + 1] ?? '',
  }));
}

/** How many salts Device Initialization draws: the admin password's, and one per answer. */
export const deviceInitSaltCount = (context: RecorderContext): number =>
  1 + (context.profile.securityQuestions ? SECURITY_ANSWERS.length : 0);

/** The typed answer (normalised) against the stored hash of the question on screen. */
export const recoveryAnswerInput = (context: RecorderContext) => ({
  password: normalizeAnswer(fieldValue(context, PASSWORD_RECOVERY.answer)),
  record: currentRecoveryQuestion(context)?.answer,
});
