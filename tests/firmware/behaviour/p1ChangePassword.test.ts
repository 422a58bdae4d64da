/**
 * P1 on LNR6108 (cloud): initialize, log in, change the admin password through Main Menu > Settings > System >
 * Account > User > Modify, with every refusal naming its rule; the new password survives a power cut.
 */
import { describe, expect, it } from 'vitest';
import { drive, MemoryFlashStore, type RecorderDriver } from '../../../firmware';

const FAST = { modelId: 'LNR6108', seed: 42, pbkdf2Iterations: 1_000 } as const;
const FIRST_PASSWORD = 'Camera2026';
const NEW_PASSWORD = 'Lorex#2027';

const LIVE_VIEW = { on: { running: { ready: 'liveView' } } };
const MENU = { on: { running: { ready: { menu: 'browsing' } } } };
const MODIFY = { on: { running: { ready: { menu: { modifyUser: 'editing' } } } } };

function initialized(driver: RecorderDriver): RecorderDriver {
  return driver
    .boot()
    .fill('Password', FIRST_PASSWORD)
    .fill('Confirm Password', FIRST_PASSWORD)
    .click('Next')
    .click('Finish')
    .expectIn(LIVE_VIEW);
}

function loggedInToUserList(driver: RecorderDriver, password = FIRST_PASSWORD): RecorderDriver {
  return driver
    .rightClick()
    .click('Main Menu')
    .fill('User Name', 'admin')
    .fill('Password', password)
    .click('OK')
    .expectIn(MENU)
    .click('Settings')
    .click('System')
    .click('Account')
    .click('User');
}

describe('P1: changing the admin password while logged in (cloud)', () => {
  it('refuses each broken rule with a message naming it, and keeps the dialog open', async () => {
    const driver = drive(FAST);
    await loggedInToUserList(initialized(driver))
      .click('Modify admin')
      .click('Modify Password')
      .fill('Old Password', FIRST_PASSWORD)
      .fill('New Password', 'lowercaseonly')
      .fill('Confirm Password', 'lowercaseonly')
      .click('OK')
      .expectAlert(/at least 2 of: lowercase, uppercase, numbers, special characters/)
      .expectIn(MODIFY)
      .fill('New Password', 'Ab1')
      .fill('Confirm Password', 'Ab1')
      .click('OK')
      .expectAlert('The password must be 8 to 32 characters long.')
      .fill('New Password', NEW_PASSWORD)
      .fill('Confirm Password', 'Lorex#2028')
      .click('OK')
      .expectAlert('New Password and Confirm Password do not match.')
      .fill('Old Password', 'NotTheOld1')
      .fill('Confirm Password', NEW_PASSWORD)
      .click('OK')
      .expectAlert('The old password is incorrect.')
      .expectIn(MODIFY);
  });

  it('saves a valid password durably: after a power cut the old one is refused and the new one accepted', async () => {
    const flashStore = new MemoryFlashStore();
    const driver = drive({ ...FAST, flashStore });
    await loggedInToUserList(initialized(driver))
      .click('Modify admin')
      .click('Modify Password')
      .fill('Old Password', FIRST_PASSWORD)
      .fill('New Password', NEW_PASSWORD)
      .fill('Confirm Password', NEW_PASSWORD)
      .click('OK')
      .expectIn(MENU)
      .expectAlert(null);
    const stored = flashStore.written;
    expect(stored?.users.map((u) => u.name)).toEqual(['admin']);
    expect(JSON.stringify(stored)).not.toContain(NEW_PASSWORD);

    const restarted = drive({
      input: pluggedBackIn(driver),
      flashStore,
    });
    await restarted
      .boot()
      .expectIn(LIVE_VIEW)
      .rightClick()
      .click('Main Menu')
      .fill('Password', FIRST_PASSWORD)
      .click('OK')
      .expectAlert(/Wrong user name or password/)
      .fill('Password', NEW_PASSWORD)
      .click('OK')
      .expectIn(MENU);
  });
});

/** The input of the same unit after a power cut: the stored flash, switch off. */
function pluggedBackIn(driver: RecorderDriver) {
  const { context } = driver.recorder.snapshot();
  const flash = (driver.recorder.flashStore as MemoryFlashStore).written;
  if (!flash) throw new Error('Nothing was written to flash.');
  return {
    modelId: context.model.id,
    unit: context.unit,
    flash,
    now: context.now,
    powerSwitchOn: false,
    seed: context.rngState,
    pbkdf2Iterations: context.pbkdf2Iterations,
  };
}
