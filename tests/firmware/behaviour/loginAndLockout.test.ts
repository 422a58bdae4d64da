/** The login dialog and the lockout (P11): wrong passwords lock the account for 30 minutes of device time. */
import { describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, initializedRecorder, logIn, STATE } from '../support';
import { restoreFlash, type RecorderDriver } from '../../../firmware';

function failLogins(driver: RecorderDriver, count: number): RecorderDriver {
  let chain = driver.rightClick().click('Main Menu');
  for (let i = 0; i < count; i++) chain = chain.fill('Password', `Wrong${i}pass`).click('OK');
  return chain;
}

describe('the login dialog', () => {
  it('opens from the Quick Menu with admin filled in and returns to live view on Cancel', async () => {
    await initializedRecorder()
      .rightClick()
      .click('Main Menu')
      .expectIn(STATE.login)
      .check((model) => {
        const dialog = model.layers.find((layer) => layer.kind === 'dialog');
        if (dialog?.kind !== 'dialog' || dialog.rows[0]?.kind !== 'field') throw new Error('no login dialog');
        if (dialog.rows[0].control.value !== 'admin') throw new Error('User Name is not prefilled');
      })
      .click('Cancel')
      .expectIn(STATE.liveView);
  });

  it('submits with Enter in a text field (SUBMIT), as OK does', async () => {
    await initializedRecorder()
      .rightClick()
      .click('Main Menu')
      .fill('Password', ADMIN_PASSWORD)
      .send({ type: 'SUBMIT' })
      .expectIn(STATE.menu);
  });

  it('opens the Quick Menu from the keyboard with its first item highlighted, so Enter opens it', async () => {
    await initializedRecorder()
      .send({ type: 'CONTEXT_MENU', x: 640, y: 360, keyboard: true })
      .expectIn(STATE.quickMenu)
      .check((model) => {
        const menu = model.layers.find((layer) => layer.kind === 'quickMenu');
        if (menu?.kind !== 'quickMenu') throw new Error('no Quick Menu');
        expect(menu.items.filter((item) => item.focused).map((item) => item.label)).toEqual(['Main Menu']);
      })
      .send({ type: 'CONFIRM' })
      .expectIn(STATE.login);
  });

  it('opens the Quick Menu from the mouse with nothing highlighted', async () => {
    await initializedRecorder()
      .rightClick()
      .check((model) => {
        const menu = model.layers.find((layer) => layer.kind === 'quickMenu');
        if (menu?.kind !== 'quickMenu') throw new Error('no Quick Menu');
        expect(menu.items.some((item) => item.focused)).toBe(false);
      });
  });

  it('asks for a user name', async () => {
    await initializedRecorder()
      .rightClick()
      .click('Main Menu')
      .fill('User Name', ' ')
      .click('OK')
      .expectAlert('Enter a user name.');
  });

  it('refuses an unknown user like a wrong password', async () => {
    await logIn(initializedRecorder(), ADMIN_PASSWORD, 'nobody')
      .expectAlert(/Wrong user name or password/)
      .expectIn(STATE.login);
  });

  it('logs in and skips the dialog while the session lasts', async () => {
    await logIn(initializedRecorder())
      .expectIn(STATE.menu)
      .rightClick()
      .expectIn(STATE.liveView)
      .rightClick()
      .click('Main Menu')
      .expectIn(STATE.menu);
  });
});

describe('when wrong passwords are entered (cloud: 5 tries, 30 minutes)', () => {
  it('counts down the attempts left', async () => {
    await failLogins(initializedRecorder(), 1)
      .expectAlert('Wrong user name or password. 4 attempts left.')
      .fill('Password', 'Wrong9pass')
      .click('OK')
      .expectAlert('Wrong user name or password. 3 attempts left.');
  });

  it('locks after the fifth and refuses even the right password while locked', async () => {
    await failLogins(initializedRecorder(), 5)
      .expectAlert('The account is locked. Try again in 30:00.')
      .fill('Password', ADMIN_PASSWORD)
      .click('OK')
      .expectAlert(/locked/)
      .expectIn(STATE.login);
  });

  it('shows the time left as device time passes and unlocks after 30 minutes', async () => {
    await failLogins(initializedRecorder(), 5)
      .wait(10 * 60_000)
      .expectAlert('The account is locked. Try again in 20:00.')
      .wait(20 * 60_000)
      .fill('Password', ADMIN_PASSWORD)
      .click('OK')
      .expectIn(STATE.menu);
  });

  it('is cleared by a power cycle: the right password then works', async () => {
    const driver = failLogins(initializedRecorder(), 5).powerOff().boot();
    await logIn(driver).expectIn(STATE.menu);
  });

  it('resets the counter on a successful login', async () => {
    const driver = failLogins(initializedRecorder(), 4)
      .fill('Password', ADMIN_PASSWORD)
      .click('OK')
      .expectIn(STATE.menu);
    await driver
      .click('Shutdown')
      .click('Logout')
      .rightClick()
      .click('Main Menu')
      .fill('Password', 'Wrong1pass')
      .click('OK')
      .expectAlert('Wrong user name or password. 4 attempts left.');
  });
});

describe('the System Log of refused logins', () => {
  it('never records a typed name that is no account (it may be a password), and the flash still reads back', async () => {
    const typed = 'Secret#Typed#In#The#Wrong#Field#With#More#Than#31#Characters';
    const driver = initializedRecorder()
      .rightClick()
      .click('Main Menu')
      .fill('User Name', typed)
      .fill('Password', 'Wrong#1234')
      .click('OK')
      .expectAlert('Wrong user name or password.');
    await driver;
    const { flash } = driver.recorder.snapshot().context;
    const failure = flash.systemLog.find((entry) => entry.kind === 'loginFailure');
    expect(failure?.user).toBeNull();
    expect(JSON.stringify(flash)).not.toContain('Secret#Typed');
    expect(restoreFlash(flash).ok).toBe(true);
  });
});
