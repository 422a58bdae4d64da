/** The Modify dialog beyond the P1 walk: what OK does without a change, Cancel, and what a failed save leaves. */
import { describe, expect, it } from 'vitest';
import { MemoryFlashStore, MODIFY_USER } from '../../../firmware';
import { ADMIN_PASSWORD, FAST, initializedRecorder, logIn, STATE } from '../support';

const toUserList = (options = FAST) =>
  logIn(initializedRecorder(options)).click('Settings').click('System').click('Account').click('User');

describe('the Modify dialog', () => {
  it('keeps the password fields disabled until Modify Password is ticked', async () => {
    await toUserList()
      .click('Modify admin')
      .expectIn(STATE.modifyUser)
      .send({ type: 'SET_FIELD', control: MODIFY_USER.newPassword, value: 'Ignored123' })
      .check((model, snapshot) => {
        expect(snapshot.context.form.values).toEqual({});
        expect(JSON.stringify(model)).toContain('"label":"New Password","enabled":false');
      });
  });

  it('closes without saving when OK is clicked with Modify Password unticked', async () => {
    const driver = toUserList().click('Modify admin');
    const writes = () => (driver.recorder.flashStore as MemoryFlashStore).writes;
    await driver;
    const before = writes();
    await driver.click('OK').expectIn(STATE.menu);
    expect(writes()).toBe(before);
  });

  it('empties the password fields when Modify Password is unticked', async () => {
    await toUserList()
      .click('Modify admin')
      .click('Modify Password')
      .fill('Old Password', ADMIN_PASSWORD)
      .click('Modify Password')
      .check((_, snapshot) => expect(snapshot.context.form.values).toEqual({}));
  });

  it('asks for the old password first', async () => {
    await toUserList()
      .click('Modify admin')
      .click('Modify Password')
      .fill('New Password', 'Lorex#2027')
      .fill('Confirm Password', 'Lorex#2027')
      .click('OK')
      .expectAlert('Enter the old password.');
  });

  it('closes on Cancel and on right click', async () => {
    await toUserList()
      .click('Modify admin')
      .click('Cancel')
      .expectIn(STATE.menu)
      .click('Modify admin')
      .rightClick()
      .expectIn(STATE.menu);
  });

  it('keeps the old password when the flash write fails, and says nothing was changed', async () => {
    const flashStore = new MemoryFlashStore();
    const driver = toUserList({ ...FAST, flashStore })
      .click('Modify admin')
      .click('Modify Password');
    await driver;
    const saved = driver.recorder.snapshot().context.flash;
    flashStore.failWith = new Error('write failed');
    await driver
      .fill('Old Password', ADMIN_PASSWORD)
      .fill('New Password', 'Lorex#2027')
      .fill('Confirm Password', 'Lorex#2027')
      .click('OK')
      .expectIn(STATE.modifyUser)
      .expectAlert('The password could not be saved. Nothing was changed.');
    expect(driver.recorder.snapshot().context.flash).toEqual(saved);
  });

  it('confirms a save with a toast that disappears after a few seconds', async () => {
    await toUserList()
      .click('Modify admin')
      .click('Modify Password')
      .fill('Old Password', ADMIN_PASSWORD)
      .fill('New Password', 'Lorex#2027')
      .fill('Confirm Password', 'Lorex#2027')
      .click('OK')
      .check((model) => expect(model.layers.at(-1)).toEqual({ kind: 'toast', text: 'Saved successfully.' }))
      .wait(3_000)
      .check((model) => expect(model.layers.some((layer) => layer.kind === 'toast')).toBe(false));
  });
});
