/** The bench around the OSD: power, simulated time, models, New simulation, Info, input methods. */
import { expect, test } from './support/fixtures';
import { RecorderPage } from './support/recorderPage';

const PASSWORD = 'Camera2026';

test('a new recorder is switched on; the Power switch turns it off and on; the clock follows the controls', async ({
  page,
  recorder,
}) => {
  await recorder.open('?start=2026-03-02T09:00:00Z&speed=0');
  await expect(recorder.power).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Starting...' })).toBeVisible();
  await recorder.power.click();
  await expect(recorder.power).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('status').filter({ hasText: 'No Signal' })).toBeVisible();
  await recorder.powerOnAndBoot();
  await recorder.initialize(PASSWORD);
  await expect(page.getByLabel('System Date')).toHaveText('2026-03-02 09:01:00');
  await recorder.button('Advance 10 minutes').click();
  await recorder.button('Advance 1 hour').click();
  await recorder.button('Advance 1 day').click();
  await expect(page.getByLabel('System Date')).toHaveText('2026-03-03 10:11:00');
  await recorder.power.click();
  await expect(recorder.power).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByLabel('System Date')).toHaveCount(0);
});

test('simulated time survives a reload, and the overlay lies exactly on the canvas', async ({ page, recorder }) => {
  await recorder.open('?start=2026-03-02T09:00:00Z&speed=0');
  await recorder.button('Advance 1 day').click();
  // Finish waits for a durable flash write, which IndexedDB orders after the world-time write of the Advance.
  await recorder.initialize(PASSWORD);
  const canvas = await recorder.screen.locator('canvas').boundingBox();
  const overlay = await recorder.screen.locator('.screen-overlay').boundingBox();
  expect(overlay).toEqual(canvas);
  await page.reload();
  await expect(page.getByLabel('Simulated time')).toHaveText('2026-03-03 09:00:00');
  await recorder.button('Advance 1 minute').click();
  await recorder.waitForLiveView();
  await expect(page.getByLabel('System Date')).toHaveText('2026-03-03 09:01:00');
});

test('?model= picks the recorder, and Info shows it without a login', async ({ page, recorder }) => {
  await recorder.start({ query: '?model=N841A81', password: PASSWORD });
  await recorder.rightClickScreen();
  await page.getByRole('menuitem', { name: 'Info' }).click();
  await expect(page.getByLabel('Model', { exact: true })).toHaveText('N841A81');
  await expect(page.getByLabel('Device ID', { exact: true })).toHaveText(/^[A-Z0-9]{15}$/);
  await expect(page.getByLabel('Serial No.', { exact: true })).toHaveText(/^N841A\d{10}$/);
  await expect(page.getByLabel('MAC Address', { exact: true })).toHaveText(/^([0-9A-F]{2}:){5}[0-9A-F]{2}$/);
  await recorder.button('Close').click();
  await recorder.openMainMenuLogin();
  await recorder.logIn(PASSWORD);
  for (const item of ['System', 'Account', 'User']) await recorder.button(item).click();
  await expect(recorder.button('Modify admin')).toBeVisible();
});

test('an unknown ?model= is reported and the default recorder is shown', async ({ page, recorder }) => {
  await recorder.open('?model=XYZ123');
  await expect(page.getByText(/Unknown recorder model "XYZ123"/)).toBeVisible();
  await expect(page.getByText('LNR6108', { exact: true })).toBeVisible();
});

test('notices of the link can be dismissed, and do not outlive the world they came with', async ({
  page,
  recorder,
}) => {
  await recorder.open('?model=XYZ123&speed=fast');
  const model = page.getByRole('status').filter({ hasText: 'Unknown recorder model "XYZ123"' });
  const speed = page.getByRole('status').filter({ hasText: 'Ignored speed "fast"' });
  await expect(model).toBeVisible();
  await expect(speed).toBeVisible();
  await model.getByRole('button', { name: 'Dismiss' }).click();
  await expect(model).toHaveCount(0);
  await expect(speed).toBeVisible();
  // The speed notice was about this start: a new simulation does not carry it along.
  await recorder.button('New simulation').click();
  await expect(speed).toHaveCount(0);
  await expect(recorder.power).toHaveAttribute('aria-pressed', 'true');
});

test('the legacy recorder boots with admin / 000000 and asks to change it', async ({ page, recorder }) => {
  await recorder.start({ query: '?model=LNR440' });
  await recorder.waitForLiveView();
  await recorder.openMainMenuLogin();
  await recorder.logIn('000000');
  await expect(page.getByRole('dialog', { name: 'Change Password' })).toBeVisible();
  await recorder.button('Later').click();
  for (const item of ['Setting', 'Account']) await recorder.button(item).click();
  await expect(recorder.button('Modify default')).toBeEnabled();
});

test('locks the login after five wrong passwords, with the time left, until a power cycle', async ({ recorder }) => {
  // Paused: the time left is read exactly, however slowly the machine types five passwords.
  await recorder.start({ query: '?speed=0', password: PASSWORD });
  await recorder.openMainMenuLogin();
  for (let i = 0; i < 5; i++) await recorder.logIn(`Wrong#${i}pass`);
  await expect(recorder.alert).toHaveText('The account is locked. Try again in 30:00.');
  await recorder.logIn(PASSWORD);
  await expect(recorder.alert).toContainText('locked');
  await recorder.power.click();
  await recorder.powerOnAndBoot();
  await recorder.waitForLiveView();
  await recorder.openMainMenuLogin();
  await recorder.logIn(PASSWORD);
  await expect(recorder.button('Settings')).toBeVisible();
});

test('the keyboard works like the remote, and text fields open the on-screen keyboard', async ({ page, recorder }) => {
  await recorder.start();
  await recorder.field('Password').click();
  const keyboard = page.getByRole('region', { name: 'On-screen keyboard' });
  await expect(keyboard).toBeVisible();
  for (const key of ['C', 'a', 'm']) {
    if (key === 'C') await keyboard.getByRole('button', { name: 'Shift', exact: true }).click();
    await keyboard.getByRole('button', { name: key, exact: true }).click();
    if (key === 'C') await keyboard.getByRole('button', { name: 'Shift', exact: true }).click();
  }
  await expect(recorder.field('Password')).toHaveValue('Cam');
  await page.keyboard.type('era2026');
  await expect(recorder.field('Password')).toHaveValue('Camera2026');
  await keyboard.getByRole('button', { name: 'Enter', exact: true }).click();
  await expect(keyboard).toBeHidden();
  await recorder.field('Confirm Password').fill('Camera2026');
  await recorder.button('Next').click();
  await recorder.button('Finish').click();
  await recorder.waitForLiveView();
  await recorder.rightClickScreen();
  await expect(page.getByRole('menu', { name: 'Quick Menu' })).toBeVisible();
  await recorder.screen.focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu', { name: 'Quick Menu' })).toBeHidden();
});

test('a long press on a touch screen opens the Quick Menu', async ({ browser }) => {
  // A touch screen: a context of its own (the other tests of this file use the mouse).
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  const recorder = new RecorderPage(page);
  await recorder.start({ password: PASSWORD });
  const box = await recorder.screen.boundingBox();
  if (!box) throw new Error('no screen');
  const point = { clientX: box.x + 300, clientY: box.y + 300, pointerType: 'touch', isPrimary: true, pointerId: 7 };
  await recorder.screen.dispatchEvent('pointerdown', point);
  await page.waitForTimeout(700);
  await recorder.screen.dispatchEvent('pointerup', point);
  await expect(page.getByRole('menuitem', { name: 'Main Menu' })).toBeVisible();
  await context.close();
});

test('New simulation starts a fresh recorder of the same model', async ({ recorder }) => {
  await recorder.start({ password: PASSWORD });
  await recorder.power.click();
  await expect(recorder.power).toHaveAttribute('aria-pressed', 'false');
  await recorder.button('New simulation').click();
  await expect(recorder.power).toHaveAttribute('aria-pressed', 'true');
  await recorder.button('Advance 1 minute').click();
  await expect(recorder.field('Confirm Password')).toBeVisible();
});
