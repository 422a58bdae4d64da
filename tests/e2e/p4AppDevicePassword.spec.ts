/**
 * P4 in the browser, through accessible names only (docs/reset-paths.md, docs/accessible-names.md; domain research §6a): the N863A63B (family `app`)
 * with a forgotten admin password. The owner logs in to the Mobile App, Device Info > Device Password > Forgot device
 * password > Send Reset Instructions; the Email place receives `Temporary password: ...` for the date the recorder
 * displays; the recorder accepts it as admin, and it is changed (it is the Old Password) for good.
 */
import { expect, test } from './support/fixtures';
import { goTo } from './support/worldPages';

const FORGOTTEN = 'Camera2026';
const NEW = 'Lorex#2027';

test('P4: a temporary password from the app opens the N863A63B, and is changed', async ({
  page,
  recorder,
  app,
  inbox,
}) => {
  // Four places and a power cut: longer than the default 30 s on two shared cores.
  test.setTimeout(90_000);
  await recorder.start({ query: '?model=N863A63B&speed=0', password: FORGOTTEN });

  await app.open();
  await app.logIn();
  await app.expectLoggedIn();
  await app.openDevicePassword('N863A63B');
  await app.button('Forgot device password').click();
  await app.button('Send Reset Instructions').click();
  await expect(app.phone.getByRole('status')).toContainText('Get the temporary password from your email');

  // The support review takes a few simulated minutes (docs/invented-values.md); the displayed date stays the same.
  await recorder.button('Advance 10 minutes').click();
  const temporary = await inbox.readLine(/Temporary password for your N863A63B/, 'Temporary password');

  await goTo(page, 'Recorder');
  await recorder.openMainMenuLogin();
  await recorder.logIn(temporary);
  // The recorder asks for a new password at once; Later leaves it for the menu path of the `app` family.
  await expect(page.getByRole('dialog', { name: 'Change Password' })).toBeVisible();
  await recorder.button('Later').click();
  for (const item of ['Users', 'User']) await recorder.button(item).click();
  await recorder.button('Modify admin').click();
  const dialog = page.getByRole('dialog', { name: 'Modify User' });
  await page.getByRole('checkbox', { name: 'Modify Password' }).check();
  await recorder.field('Old Password').fill(temporary);
  await recorder.field('New Password').fill(NEW);
  await recorder.field('Confirm Password').fill(NEW);
  await recorder.button('OK').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Saved successfully.' })).toBeVisible();

  // After a power cut the new password opens the recorder; the temporary one no longer does.
  await page.reload();
  await recorder.button('Advance 1 minute').click();
  await recorder.waitForLiveView();
  await recorder.openMainMenuLogin();
  await recorder.logIn(FORGOTTEN);
  await expect(recorder.alert).toHaveText(/Wrong user name or password/);
  await recorder.logIn(NEW);
  await expect(recorder.button('Users')).toBeVisible();
});

test('P4: the app offers no temporary password for a recorder that is switched off', async ({ recorder, app }) => {
  await recorder.start({ query: '?model=N841A81&speed=0', password: FORGOTTEN });
  await recorder.power.click();
  await expect(recorder.power).toHaveAttribute('aria-pressed', 'false');

  await app.open();
  await app.logIn();
  await app.openDevicePassword('N841A81');
  await app.button('Forgot device password').click();
  await app.button('Send Reset Instructions').click();
  await expect(app.phone.getByRole('alert')).toContainText('offline');
});
