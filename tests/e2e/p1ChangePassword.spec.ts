/**
 * P1 on LNR6108, only through accessible names (docs/accessible-names.md): initialize, right click > Main Menu, log in, Settings >
 * System > Account > User > Modify admin, tick Modify Password; every broken rule is refused with a message naming
 * it while the dialog stays open; a valid password is saved; after a reload (a power cut) the old password is
 * refused and the new one accepted.
 */
import { expect, test } from './support/fixtures';

const FIRST = 'Camera2026';
const NEW = 'Lorex#2027';

test.use({ recorderStart: { query: '?model=LNR6108', password: FIRST } });

test('P1: change the admin password on LNR6108, and it survives a power cut', async ({ page, recorder }) => {
  await recorder.openMainMenuLogin();
  await recorder.logIn(FIRST);
  for (const item of ['Settings', 'System', 'Account', 'User']) await recorder.button(item).click();
  await recorder.button('Modify admin').click();
  const dialog = page.getByRole('dialog', { name: 'Modify User' });
  await expect(dialog).toBeVisible();
  await page.getByRole('checkbox', { name: 'Modify Password' }).check();

  const attempt = async (old: string, password: string, confirmation: string, rule: RegExp) => {
    await recorder.field('Old Password').fill(old);
    await recorder.field('New Password').fill(password);
    await recorder.field('Confirm Password').fill(confirmation);
    await recorder.button('OK').click();
    await expect(recorder.alert).toHaveText(rule);
    await expect(dialog).toBeVisible();
  };
  await attempt(
    FIRST,
    'onlylowercase',
    'onlylowercase',
    /at least 2 of: lowercase, uppercase, numbers, special characters/,
  );
  await attempt(FIRST, 'Abc1234', 'Abc1234', /8 to 32 characters/);
  await attempt(FIRST, NEW, 'Lorex#2028', /do not match/);
  await attempt('NotTheOld1', NEW, NEW, /old password is incorrect/);

  await recorder.field('Old Password').fill(FIRST);
  await recorder.button('OK').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Saved successfully.' })).toBeVisible();

  await page.reload();
  await expect(recorder.power).toHaveAttribute('aria-pressed', 'true');
  await recorder.button('Advance 1 minute').click();
  await recorder.waitForLiveView();
  await recorder.openMainMenuLogin();
  await recorder.logIn(FIRST);
  await expect(recorder.alert).toHaveText(/Wrong user name or password/);
  await recorder.logIn(NEW);
  await expect(recorder.button('Settings')).toBeVisible();
});
