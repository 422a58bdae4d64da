/**
 * P1 on every family: the menu path differs (profile data), the machine is the same. The legacy family also boots
 * with default accounts (admin / 000000), asks to change the default password, uses a 6-character rule and
 * locks after 3 wrong tries.
 */
import { describe, expect, it } from 'vitest';
import { drive, type RecorderDriver, type RecorderModelId } from '../../../firmware';
import { FAST, initializedRecorder, logIn, STATE } from '../support';

const MODERN: Array<{ modelId: RecorderModelId; path: string[] }> = [
  { modelId: 'LNR6108', path: ['Settings', 'System', 'Account', 'User'] },
  { modelId: 'N841A81', path: ['System', 'Account', 'User'] },
  { modelId: 'D841A82B', path: ['System', 'Account', 'User'] },
  { modelId: 'N863A63B', path: ['Users', 'User'] },
];

function changePassword(driver: RecorderDriver, oldPassword: string, newPassword: string): RecorderDriver {
  return driver
    .click('Modify admin')
    .click('Modify Password')
    .fill('Old Password', oldPassword)
    .fill('New Password', newPassword)
    .fill('Confirm Password', newPassword)
    .click('OK');
}

describe.each(MODERN)('$modelId', ({ modelId, path }) => {
  it(`changes the admin password through Main Menu > ${path.join(' > ')}`, async () => {
    let driver = logIn(initializedRecorder({ ...FAST, modelId })).expectIn(STATE.menu);
    for (const label of path) driver = driver.click(label);
    await changePassword(driver, 'Camera2026', 'Other#Pass1').expectIn(STATE.menu).expectAlert(null);
  });
});

describe('LNR440 (legacy)', () => {
  const legacy = { ...FAST, modelId: 'LNR440' as const };

  it('boots with admin / 000000 and a view-only default user, without Device Initialization', async () => {
    const driver = drive(legacy).boot().expectIn(STATE.liveView);
    await driver;
    const { flash } = driver.recorder.snapshot().context;
    expect(flash.users.map((user) => [user.name, user.group])).toEqual([
      ['admin', 'admin'],
      ['default', 'user'],
    ]);
    expect(flash.defaultPasswordInUse).toBe(true);
  });

  it('asks to change the default password after login; OK opens Modify with the 6-character rule', async () => {
    await logIn(drive(legacy).boot(), '000000')
      .expectIn(STATE.defaultPasswordPrompt)
      .click('OK')
      .expectIn(STATE.modifyUser)
      .fill('Old Password', '000000')
      .fill('New Password', '1234567')
      .fill('Confirm Password', '1234567')
      .click('OK')
      .expectAlert('The password must be exactly 6 characters long.')
      .fill('New Password', '4a7b9c')
      .fill('Confirm Password', '4a7b9c')
      .click('OK')
      .expectIn(STATE.menu)
      .check((_, snapshot) => expect(snapshot.context.flash.defaultPasswordInUse).toBe(false))
      .click('Shutdown')
      .click('Logout');
  });

  it('stops asking once the password changed, and "Later" goes on to the Main Menu', async () => {
    await logIn(drive(legacy).boot(), '000000').click('Later').expectIn(STATE.menu);
  });

  it('reaches the user list at Main Menu > Setting > Account, where the admin may modify the default user', async () => {
    await logIn(drive(legacy).boot(), '000000')
      .click('Later')
      .click('Setting')
      .click('Account')
      .check((model) => expect(JSON.stringify(model)).toContain('"label":"Modify default","enabled":true'));
  });

  it('locks after 3 wrong tries', async () => {
    await drive(legacy)
      .boot()
      .rightClick()
      .click('Main Menu')
      .fill('Password', '111111')
      .click('OK')
      .fill('Password', '222222')
      .click('OK')
      .expectAlert('Wrong user name or password. 1 attempt left.')
      .fill('Password', '333333')
      .click('OK')
      .expectAlert(/locked/);
  });

  it('lets the view-only user change only their own password', async () => {
    await logIn(drive(legacy).boot(), '000000', 'default')
      .click('Setting')
      .click('Account')
      .check((model) => {
        const text = JSON.stringify(model);
        expect(text).toContain('"label":"Modify admin","enabled":false');
        expect(text).toContain('"label":"Modify default","enabled":true');
      })
      .send({ type: 'ACTIVATE', control: 'userList.modify.admin' })
      .expectIn(STATE.menu);
  });
});
