/**
 * P11 in the browser, only through accessible names (docs/accessible-names.md): too many wrong passwords lock the login (5 tries on
 * the cloud family's LNR6108, 3 on the legacy LNR440), the right password is refused while locked, the lock ends
 * after 30 minutes of device time, and a power cycle (the rear Power switch) clears it.
 */
import { expect, test } from './support/fixtures';

const WRONG_CLOUD = 'Wrong#1234';

test('P11: LNR6108 locks after 5 wrong passwords, refuses the right one, and unlocks after 30 minutes', async ({
  recorder,
}) => {
  await recorder.start({ query: '?model=LNR6108', password: 'Camera2026' });
  // Pause the world's clock so the time left is exact; the Advance buttons still move it.
  await recorder.button('Pause').click();
  await recorder.openMainMenuLogin();

  for (let attempt = 1; attempt <= 4; attempt++) {
    await recorder.logIn(WRONG_CLOUD);
    await expect(recorder.alert).toHaveText(new RegExp(`${5 - attempt} attempts? left`));
  }
  await recorder.logIn(WRONG_CLOUD);
  await expect(recorder.alert).toContainText('locked');
  await expect(recorder.alert).toContainText('30:00');

  await recorder.logIn('Camera2026');
  await expect(recorder.alert).toContainText('locked');
  await expect(recorder.button('Settings')).toBeHidden();

  // 29 minutes later it is still locked, with the time left shown.
  await recorder.button('Advance 10 minutes').click();
  await recorder.button('Advance 10 minutes').click();
  for (let minute = 0; minute < 9; minute++) await recorder.button('Advance 1 minute').click();
  await recorder.logIn('Camera2026');
  await expect(recorder.alert).toContainText('locked');
  await expect(recorder.alert).toContainText('01:00');

  await recorder.button('Advance 1 minute').click();
  await recorder.logIn('Camera2026');
  await expect(recorder.button('Settings')).toBeVisible();
});

test('P11: LNR440 locks after 3 wrong passwords, and the Power switch clears the lock', async ({ page, recorder }) => {
  await recorder.start({ query: '?model=LNR440' });
  await recorder.waitForLiveView();
  await recorder.openMainMenuLogin();

  await recorder.logIn('999999');
  await expect(recorder.alert).toHaveText(/2 attempts left/);
  await recorder.logIn('999999');
  await expect(recorder.alert).toHaveText(/1 attempt left/);
  await recorder.logIn('999999');
  await expect(recorder.alert).toContainText('locked');
  await recorder.logIn('000000');
  await expect(recorder.alert).toContainText('locked');

  // Switch the recorder off and on at the rear: RAM, and with it the lock, is gone.
  await recorder.power.click();
  await expect(recorder.power).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByLabel('System Date')).toBeHidden();
  await recorder.powerOnAndBoot();
  await recorder.waitForLiveView();
  await recorder.openMainMenuLogin();
  await recorder.logIn('000000');
  // The legacy family asks to change the default password after the first login.
  await expect(page.getByRole('dialog', { name: 'Change Password' })).toBeVisible();
});
