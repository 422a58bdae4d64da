/**
 * Users on flash and who may do what to them (SPEC §4: admin and default cannot be deleted; only an admin-group
 * user may change another user's password).
 */
import type { DefaultAccount } from '../catalogue/profiles';
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
