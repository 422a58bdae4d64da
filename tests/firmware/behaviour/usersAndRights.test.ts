/**
 * Users and rights (docs/reset-paths.md#families): Add User, Delete, and P6 on every family: a second admin-group account resets the
 * forgotten password of `admin` through Modify. Seed 002 only says "if you have more than one admin account, you may
 * reset from the other account"; it does not say what goes in Old Password. The recorder asks for the operator's own
 * password there (Old Password proves who is at the screen, as when changing one's own), so the second admin types
 * their own password, never the forgotten one.
 */
import { describe, expect, it } from 'vitest';
import {
  deleteUserControl,
  MemoryFlashStore,
  modifyUserControl,
  rules,
  USER_LIST,
  type RecorderDriver,
} from '../../../firmware';
import { STATE } from '../support';
import { addUser, CLOUD, FAMILIES, LEGACY, toUserList, upAndRunning, type Family } from './usersSupport';

const ADD_USER_STATE = { on: { running: { ready: { menu: { addUser: 'editing' } } } } } as const;
const DELETE_USER_STATE = { on: { running: { ready: { menu: { deleteUser: 'confirming' } } } } } as const;

/** Back to live view, logged out: right click up to the Main Menu, then Shutdown > Logout. */
function logOut(driver: RecorderDriver, family: Family): RecorderDriver {
  return family.path
    .reduce((walk) => walk.rightClick(), driver)
    .click('Shutdown', 'button')
    .click('Logout')
    .expectIn(STATE.liveView);
}

const logOf = (driver: RecorderDriver) => driver.recorder.snapshot().context.flash.systemLog;
const usersOf = (driver: RecorderDriver) =>
  driver.recorder.snapshot().context.flash.users.map((user) => `${user.name}:${user.group}`);

describe.each(FAMILIES)("P6: a second admin resets the first admin's password ($family, $modelId)", (family) => {
  it('the admin adds a second admin-group account; it logs in and changes admin through Modify', async () => {
    const forgotten = family.adminPassword;
    const driver = toUserList(upAndRunning(family), family, 'admin', forgotten);
    await addUser(driver, 'second', family.good, true).expectIn(STATE.menu).expectAlert(null);
    expect(usersOf(driver)).toContain('second:admin');

    await logOut(driver, family);
    await toUserList(driver, family, 'second', family.good)
      .click('Modify admin')
      .check((model) =>
        expect(JSON.stringify(model)).toContain('Enter your own password (user second) as Old Password.'),
      )
      .click('Modify Password')
      .fill('Old Password', forgotten)
      .fill('New Password', family.good.split('').reverse().join(''))
      .fill('Confirm Password', family.good.split('').reverse().join(''))
      .click('OK')
      .expectAlert('The old password is incorrect: enter the password of second, the user logged in.')
      .fill('Old Password', family.good)
      .fill('New Password', family.good.split('').reverse().join(''))
      .fill('Confirm Password', family.good.split('').reverse().join(''))
      .click('OK')
      .expectIn(STATE.menu)
      .expectAlert(null);

    const log = logOf(driver);
    expect(log.some((entry) => entry.kind === 'userAdded' && entry.user === 'second')).toBe(true);
    expect(log.find((entry) => entry.kind === 'passwordChanged')?.detail).toBe('Password of admin changed by second.');

    await logOut(driver, family);
    await driver
      .rightClick()
      .click('Main Menu')
      .fill('Password', forgotten)
      .click('OK')
      .expectAlert(/Wrong user name or password/)
      .fill('Password', family.good.split('').reverse().join(''))
      .click('OK')
      .expectIn(STATE.menu);
  });

  it("Add User applies the family's password rule and the confirmation", async () => {
    const driver = toUserList(upAndRunning(family), family, 'admin', family.adminPassword);
    await driver
      .click('Add User')
      .expectIn(ADD_USER_STATE)
      .fill('User Name', 'second')
      .fill('Password', family.bad)
      .fill('Confirm Password', family.bad)
      .click('OK')
      .expectAlert(/The password must be/)
      .fill('Password', family.good)
      .click('OK')
      .expectAlert('New Password and Confirm Password do not match.')
      .expectIn(ADD_USER_STATE);
    expect(usersOf(driver)).not.toContain('second:user');
  });
});

describe('Add User', () => {
  const cloud = CLOUD;

  it('refuses an empty, malformed or taken user name, and says why', async () => {
    await toUserList(upAndRunning(cloud), cloud, 'admin', cloud.adminPassword)
      .click('Add User')
      .fill('Password', cloud.good)
      .fill('Confirm Password', cloud.good)
      .click('OK')
      .expectAlert('Enter a user name.')
      .fill('User Name', 'john smith')
      .click('OK')
      .expectAlert('A user name has 1 to 31 characters: letters, numbers, _ @ and . only.')
      .fill('User Name', 'a'.repeat(32))
      .click('OK')
      .expectAlert('A user name has 1 to 31 characters: letters, numbers, _ @ and . only.')
      .fill('User Name', 'admin')
      .click('OK')
      .expectAlert('The user name admin is already taken.')
      .fill('User Name', 'night.guard_1@site')
      .click('OK')
      .expectIn(STATE.menu);
  });

  it(`holds at most ${rules.MAX_USERS} users`, async () => {
    let driver = toUserList(upAndRunning(cloud), cloud, 'admin', cloud.adminPassword);
    for (let index = 1; index < rules.MAX_USERS; index++) driver = addUser(driver, `user${index}`, cloud.good, false);
    await addUser(driver, 'oneTooMany', cloud.good, false).expectAlert(
      `The recorder holds at most ${rules.MAX_USERS} users.`,
    );
    expect(usersOf(driver)).toHaveLength(rules.MAX_USERS);
  });

  it('keeps the user list as it was when the flash write fails, and says nothing was changed', async () => {
    const flashStore = new MemoryFlashStore();
    const driver = toUserList(upAndRunning(cloud, { flashStore }), cloud, 'admin', cloud.adminPassword);
    await driver;
    flashStore.failWith = new Error('write failed');
    await addUser(driver, 'second', cloud.good, false)
      .expectIn(ADD_USER_STATE)
      .expectAlert('The user could not be saved. Nothing was changed.');
    expect(usersOf(driver)).toEqual(['admin:admin']);
  });
});

describe('Delete', () => {
  const legacy = LEGACY;

  it('deletes another user after confirmation, logs it, and never offers admin, default or oneself', async () => {
    const driver = toUserList(upAndRunning(legacy), legacy, 'admin', legacy.adminPassword);
    await addUser(driver, 'guard', legacy.good, false).check((model) => {
      const controls = JSON.stringify(model);
      expect(controls).toContain('"label":"Delete admin","enabled":false');
      expect(controls).toContain('"label":"Delete default","enabled":false');
      expect(controls).toContain('"label":"Delete guard","enabled":true');
    });
    await driver.click('Delete guard').expectIn(DELETE_USER_STATE).click('Cancel').expectIn(STATE.menu);
    expect(usersOf(driver)).toContain('guard:user');
    await driver.click('Delete guard').click('OK').expectIn(STATE.menu);
    expect(usersOf(driver)).toEqual(['admin:admin', 'default:user']);
    expect(logOf(driver).find((entry) => entry.kind === 'userDeleted')?.detail).toBe('User guard deleted by admin.');
  });

  it('refuses disabled Delete buttons activated by id (admin, default, oneself)', async () => {
    const driver = toUserList(upAndRunning(legacy), legacy, 'admin', legacy.adminPassword);
    for (const name of ['admin', 'default', 'nobody']) {
      await driver.send({ type: 'ACTIVATE', control: deleteUserControl(name) }).expectIn(STATE.menu);
    }
    expect(usersOf(driver)).toEqual(['admin:admin', 'default:user']);
  });
});

describe('a user-group account', () => {
  it.each([CLOUD, LEGACY])(
    'cannot add, delete, or modify others, even by id, but may change its own password ($family)',
    async (family) => {
      const driver = toUserList(upAndRunning(family), family, 'admin', family.adminPassword);
      await addUser(driver, 'viewer', family.good, false);
      await addUser(driver, 'other', family.good, false);
      await logOut(driver, family);
      await toUserList(driver, family, 'viewer', family.good).check((model) => {
        const controls = JSON.stringify(model);
        expect(controls).toContain('"label":"Add User","enabled":false');
        expect(controls).toContain('"label":"Delete other","enabled":false');
        expect(controls).toContain('"label":"Modify admin","enabled":false');
        expect(controls).toContain('"label":"Modify viewer","enabled":true');
      });
      const before = driver.recorder.snapshot().context.flash;
      for (const control of [USER_LIST.addUser, deleteUserControl('other'), modifyUserControl('admin')]) {
        await driver.send({ type: 'ACTIVATE', control }).expectIn(STATE.menu);
      }
      expect(driver.recorder.snapshot().context.flash).toBe(before);
      await driver.click('Modify viewer').expectIn(STATE.modifyUser);
    },
  );
});
