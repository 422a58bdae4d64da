/**
 * The Modify dialog of a user: the logged-in user's own password, or (admin group) another user's (P6). Old
 * Password is always the operator's own; the log names the operator when the password was another user's.
 */
import { canChangePassword, findUser, withChangedPassword } from '../../../domain/users';
import type { Flash } from '../../../persistence/flash';
import type { PasswordHash } from '../../../security/passwordHash';
import { MODIFY_USER, modifyTargetOf } from '../../../controls/controlIds';
import { EMPTY_FORM } from '../../context';
import { guard, update } from '../../kit';
import { fieldValue, newPasswordProblem, openMenuPage } from '../../logic';
import type { RecorderContext } from '../../types';
import { showProblem } from '../forms/setup';
import { withDeviceLogEntry } from '../systemLog/setup';

/** Whether the logged-in user may open `target`'s Modify dialog. */
function canModify(context: RecorderContext, target: string): boolean {
  return (
    context.session !== null &&
    openMenuPage(context)?.page === 'userList' &&
    canChangePassword(context.flash, context.session.userName, target)
  );
}

/** The message for the Modify dialog's fields (before the old password is checked), or null when acceptable. */
function modifyPasswordProblem(context: RecorderContext): string | null {
  if (fieldValue(context, MODIFY_USER.oldPassword) === '') return 'Enter the old password.';
  return newPasswordProblem(context, MODIFY_USER.newPassword, MODIFY_USER.confirmPassword);
}

/** The operator when the dialog is another user's (P6: Old Password is then the operator's password), else null. */
export function otherUsersOperator(context: RecorderContext): string | null {
  const operator = context.session?.userName ?? null;
  return operator !== null && operator !== context.modifyTarget ? operator : null;
}

/** The refusal of a wrong Old Password; on another user's dialog it names whose password was asked. */
function oldPasswordIncorrect(context: RecorderContext): string {
  const operator = otherUsersOperator(context);
  return operator === null
    ? 'The old password is incorrect.'
    : `The old password is incorrect: enter the password of ${operator}, the user logged in.`;
}

/** The password change's log entry, by the logged-in operator; it names the operator when it was another user (P6). */
function withPasswordChangeLog(context: RecorderContext, flash: Flash): Flash {
  const operator = context.session?.userName ?? null;
  const target = context.modifyTarget ?? '';
  const by = operator !== null && operator !== target ? ` by ${operator}` : '';
  return withDeviceLogEntry(context, flash, 'passwordChanged', operator, `Password of ${target} changed${by}.`);
}

/** Input of the verifying actor: Old Password against the logged-in user's own stored hash. */
export const modifyVerifyInput = ({ context }: { context: RecorderContext }) => ({
  password: fieldValue(context, MODIFY_USER.oldPassword),
  record: context.session ? findUser(context.flash, context.session.userName)?.password : undefined,
});

/** Input of the hashing actor: the New Password with the salt drawn for it. */
export const modifyHashInput = ({ context }: { context: RecorderContext }) => ({
  requests: [{ password: fieldValue(context, MODIFY_USER.newPassword), salt: context.pendingSalts[0] ?? '' }],
  iterations: context.pbkdf2Iterations,
});

export const modifyUserGuards = {
  canModifyUser: guard(({ context, event }) => {
    if (event.type !== 'ACTIVATE') return false;
    const target = modifyTargetOf(event.control);
    return target !== null && canModify(context, target);
  }),
  isModifyPasswordChecked: guard(({ context }) => context.form.checked[MODIFY_USER.modifyPassword] === true),
  isModifyEntryAcceptable: guard(({ context }) => modifyPasswordProblem(context) === null),
};

export const modifyUserActions = {
  showModifyProblem: showProblem(modifyPasswordProblem),
  showOldPasswordIncorrect: showProblem(oldPasswordIncorrect),
  prepareChangedPasswordFlash: update<{ hashes: readonly PasswordHash[] }>(({ context }, params) => {
    const [hash] = params.hashes;
    if (!hash || context.modifyTarget === null) throw new Error('Nothing to change.');
    return {
      pendingFlash: withPasswordChangeLog(context, {
        ...withChangedPassword(context.flash, context.modifyTarget, hash),
        randomSeed: context.rngState,
      }),
    };
  }),
  openModifyDialog: update(({ event }) => {
    const target = event.type === 'ACTIVATE' ? modifyTargetOf(event.control) : null;
    return { modifyTarget: target, form: EMPTY_FORM, focus: null, keyboard: null };
  }),
  /** The prompts after a login (default or temporary password) open the operator's own dialog, ticked. */
  openOwnModifyDialog: update(({ context }) => ({
    modifyTarget: context.session?.userName ?? null,
    form: { ...EMPTY_FORM, checked: { [MODIFY_USER.modifyPassword]: true } },
    focus: null,
    keyboard: null,
  })),
  closeModifyDialog: update(() => ({ modifyTarget: null, form: EMPTY_FORM, focus: null, keyboard: null })),
  /** Ticking Modify Password enables the password fields; unticking empties them. */
  toggleModifyPassword: update(({ context }) => {
    const checked = context.form.checked[MODIFY_USER.modifyPassword] !== true;
    return {
      form: { values: {}, checked: { ...context.form.checked, [MODIFY_USER.modifyPassword]: checked }, message: null },
      focus: null,
      keyboard: null,
    };
  }),
};
