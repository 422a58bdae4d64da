/**
 * Users on flash and who may do what to them (docs/reset-paths.md#families: admin and default cannot be deleted; only an admin-group
 * user may change another user's password).
 */
import type { DefaultAccount, UserGroup } from '../catalogue/profiles';
import { MAX_USERS } from '../catalogue/rules';
import type { Flash, StoredUser } from '../persistence/flash';
import type { PasswordHash } from '../security/passwordHash';

/** The account Device Initialization creates; its name cannot be changed (DH-XVR-pw). */
export const ADMIN_USER_NAME = 'admin';

export function findUser(flash: Flash, name: string): StoredUser | undefined {
  return flash.users.find((user) => user.name === name);
}

/** Whether `actorName` may change `targetName`'s password. */
export function canChangePassword(flash: Flash, actorName: string, targetName: string): boolean {
  const actor = findUser(flash, actorName);
  if (!actor || !findUser(flash, targetName)) return false;
  return actor.name === targetName || actor.group === 'admin';
}

/** The flash after Device Initialization created the admin account. */
export function initializedFlash(flash: Flash, adminPassword: PasswordHash): Flash {
  return {
    ...flash,
    initialized: true,
    users: [{ name: ADMIN_USER_NAME, group: 'admin', password: adminPassword }],
    defaultPasswordInUse: false,
  };
}

/** The flash of a factory-fresh recorder whose family ships default accounts (hashes in account order). */
export function provisionedFlash(
  flash: Flash,
  accounts: readonly DefaultAccount[],
  hashes: readonly PasswordHash[],
): Flash {
  const users = accounts.map((account, index): StoredUser => {
    const password = hashes[index];
    if (!password) throw new Error(`Missing hash for default account ${account.name}.`);
    return { name: account.name, group: account.group, password };
  });
  return { ...flash, initialized: true, users, defaultPasswordInUse: true };
}

/** The flash after `name`'s password changed. Changing the admin password ends the default-password prompt. */
export function withChangedPassword(flash: Flash, name: string, password: PasswordHash): Flash {
  return {
    ...flash,
    users: flash.users.map((user) => (user.name === name ? { ...user, password } : user)),
    defaultPasswordInUse: flash.defaultPasswordInUse && name !== ADMIN_USER_NAME,
  };
}

/** Accounts no one can delete (docs/reset-paths.md#families): the admin, and the legacy view-only `default` user. */
export const UNDELETABLE_USER_NAMES: readonly string[] = [ADMIN_USER_NAME, 'default'];

/** Whether `actorName` may add users: admin-group accounts only. */
export function canAddUsers(flash: Flash, actorName: string): boolean {
  return findUser(flash, actorName)?.group === 'admin';
}

/** Whether `actorName` may delete `targetName`: an admin-group actor, not themselves, not admin or default. */
export function canDeleteUser(flash: Flash, actorName: string, targetName: string): boolean {
  return (
    canAddUsers(flash, actorName) &&
    findUser(flash, targetName) !== undefined &&
    actorName !== targetName &&
    !UNDELETABLE_USER_NAMES.includes(targetName)
  );
}

/** Name rule of Dahua-style firmware (domain research §2): 1-31 characters, letters, digits, _ @ . */
const USER_NAME_PATTERN = /^[A-Za-z0-9_@.]{1,31}$/;

/** Why `name` cannot be a new account's name, or null. Names are compared as typed (case-sensitive). */
export function newUserNameProblem(flash: Flash, name: string): string | null {
  if (name === '') return 'Enter a user name.';
  if (!USER_NAME_PATTERN.test(name)) {
    return 'A user name has 1 to 31 characters: letters, numbers, _ @ and . only.';
  }
  if (findUser(flash, name)) return `The user name ${name} is already taken.`;
  if (flash.users.length >= MAX_USERS) return `The recorder holds at most ${MAX_USERS} users.`;
  return null;
}

/** The flash with one more account. */
export function withAddedUser(flash: Flash, name: string, group: UserGroup, password: PasswordHash): Flash {
  return { ...flash, users: [...flash.users, { name, group, password }] };
}

/** The flash without `name`'s account. */
export function withoutUser(flash: Flash, name: string): Flash {
  return { ...flash, users: flash.users.filter((user) => user.name !== name) };
}
