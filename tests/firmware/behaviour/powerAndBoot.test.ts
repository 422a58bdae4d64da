/** Power, boot and the first boot of a recorder without a default password (Device Initialization). */
import { describe, expect, it } from 'vitest';
import { drive, MemoryFlashStore, rules } from '../../../firmware';
import { ADMIN_PASSWORD, FAST, initializedRecorder, STATE } from '../support';

describe('when the power switch is off', () => {
  it('shows no picture and boots when switched on', async () => {
    const driver = drive(FAST);
    await driver
      .expectIn(STATE.off)
      .check((model) =>
        expect(model).toEqual({ signal: false, layers: [], interactiveFrom: 0, resolution: '1280x720' }),
      );
    await driver
      .powerOn()
      .expectIn(STATE.booting)
      .wait(rules.BOOT_DURATION_MS - 1_000)
      .expectIn(STATE.booting);
    await driver
      .check((model) => expect(model.layers[0]).toMatchObject({ kind: 'bootSplash', progressPercent: 80 }))
      .wait(1_000)
      .expectIn(STATE.deviceInitPassword);
  });

  it('boots at once when the switch was left on (a reload is a power cut)', async () => {
    await drive({ ...FAST, powerSwitchOn: true }).expectIn(STATE.booting);
  });
});

describe('Device Initialization', () => {
  it('refuses a password that breaks the rule, or a confirmation that differs, and stays on the page', async () => {
    await drive(FAST)
      .boot()
      .click('Next')
      .expectAlert('Enter a new password.')
      .fill('Password', 'short1A')
      .fill('Confirm Password', 'short1A')
      .click('Next')
      .expectAlert('The password must be 8 to 32 characters long.')
      .fill('Password', 'onlylowercase')
      .fill('Confirm Password', 'onlylowercase')
      .click('Next')
      .expectAlert(/at least 2 of/)
      .fill('Password', ADMIN_PASSWORD)
      .expectAlert(null)
      .click('Next')
      .expectAlert('New Password and Confirm Password do not match.')
      .expectIn(STATE.deviceInitPassword);
  });

  it('writes the admin account to flash as a salted hash, then shows live view with the clock', async () => {
    const driver = initializedRecorder();
    await driver.expectValue('System Date', '2026-03-02 09:00:05');
    const { flash } = driver.recorder.snapshot().context;
    expect(flash.initialized).toBe(true);
    expect(flash.users).toHaveLength(1);
    expect(flash.users[0]).toMatchObject({ name: 'admin', group: 'admin', password: { algorithm: 'PBKDF2-SHA-256' } });
    expect(JSON.stringify(flash)).not.toContain(ADMIN_PASSWORD);
    expect(driver.recorder.snapshot().context.form.values).toEqual({});
  });

  it('goes back from the last page to the password page on right click', async () => {
    await drive(FAST)
      .boot()
      .fill('Password', ADMIN_PASSWORD)
      .fill('Confirm Password', ADMIN_PASSWORD)
      .click('Next')
      .expectIn(STATE.deviceInitSummary)
      .rightClick()
      .expectIn(STATE.deviceInitPassword);
  });

  it('does not initialize when the flash write fails, and says so', async () => {
    const store = new MemoryFlashStore();
    const driver = drive({ ...FAST, flashStore: store });
    await driver.boot().fill('Password', ADMIN_PASSWORD).fill('Confirm Password', ADMIN_PASSWORD).click('Next');
    store.failWith = new Error('disk full');
    await driver
      .click('Finish')
      .expectIn(STATE.deviceInitSummary)
      .expectAlert(/could not be saved/);
    expect(driver.recorder.snapshot().context.flash.initialized).toBe(false);
    store.failWith = null;
    await driver.click('Finish').expectIn(STATE.liveView);
  });
});

describe('the clock', () => {
  it('shows device time at the top right of live view and moves with world time', async () => {
    await initializedRecorder()
      .wait(60 * 60_000)
      .expectValue('System Date', '2026-03-02 10:00:05');
  });
});

describe('a power cut', () => {
  it('forgets RAM (session, open menus) but keeps flash', async () => {
    const driver = initializedRecorder();
    await driver.rightClick().expectIn(STATE.quickMenu).powerOff().expectIn(STATE.off).boot().expectIn(STATE.liveView);
    expect(driver.recorder.snapshot().context.flash.users).toHaveLength(1);
  });
});
