/**
 * Users and rights: Add User and Delete on the user list (P6's second admin is added here), and the admin-group
 * check that settings, storage and cameras share. The rules themselves are in domain/users.ts; this file reads the
 * screen's fields and applies them.
 */
import { canAddUsers, canDeleteUser, newUserNameProblem, withAddedUser, withoutUser } from '../../../domain/users';
import type { PasswordHash } from '../../../security/passwordHash';
import { ADD_USER, deleteTargetOf, USER_LIST } from '../../../controls/controlIds';
import { EMPTY_FORM } from '../../context';
import { guard, update } from '../../kit';
import { fieldValue, isAdminGroupSession, newPasswordProblem, openMenuPage } from '../../logic';
import type { RecorderContext } from '../../types';
import { showProblem } from '../forms/setup';
import { withDeviceLogEntry } from '../systemLog/setup';

const operatorOf = (context: RecorderContext): string => context.session?.userName ?? '';
const onUserList = (context: RecorderContext): boolean => openMenuPage(context)?.page === 'userList';

/** Why the Add User dialog cannot be saved (rights, name, limit, password rule, confirmation), or null. */
function addUserProblem(context: RecorderContext): string | null {
  if (!canAddUsers(context.flash, operatorOf(context))) return 'Only an admin-group user may add users.';
  return (
    newUserNameProblem(context.flash, fieldValue(context, ADD_USER.userName)) ??
    newPasswordProblem(context, ADD_USER.password, ADD_USER.confirmPassword)
  );
}

/** Input of the hashing actor: the new user's password with the salt drawn for it. */
export const addUserHashInput = ({ context }: { context: RecorderContext }) => ({
  requests: [{ password: fieldValue(context, ADD_USER.password), salt: context.pendingSalts[0] ?? '' }],
  iterations: context.pbkdf2Iterations,
});

export const userGuards = {
  isAdminGroupSession: guard(({ context }) => isAdminGroupSession(context)),
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
    return {
      pendingFlash: {
        ...withDeviceLogEntry(context, flash, 'userAdded', name, detail),
        randomSeed: context.rngState,
      },
    };
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
    return { pendingFlash: withDeviceLogEntry(context, flash, 'userDeleted', target, detail) };
  }),
};
