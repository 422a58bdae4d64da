/**
 * The accessible overlay lies exactly over what the OSD draws, so that a pointer on an element hits what it shows: on
 * live view, the Quick Menu, the login dialog, the Main Menu, the user list, the Modify dialog and Info, every overlay
 * control and value covers its widget's drawn rectangle at the current scale, to the pixel, at scale 1 and at scale 2.
 */
import { expect, test } from './support/fixtures';
import { expectOverlayOverDrawing } from './support/overlayCheck';
import { escapeToLiveView } from './support/keyboard';
import type { RecorderPage } from './support/recorderPage';

// Many steps on a shared, software-rendered machine: more than the default 30 s.
test.describe.configure({ timeout: 90_000 });

const PASSWORD = 'Camera2026';

async function walkScreens(recorder: RecorderPage, scale: number): Promise<void> {
  const page = recorder.page;
  await recorder.open('?model=LNR6108&speed=0');
  await recorder.powerOnAndBoot();
  await expectOverlayOverDrawing(page, scale, ['deviceInit.password']);
  await recorder.initialize(PASSWORD);
  await expectOverlayOverDrawing(page, scale, ['System Date']);

  await recorder.rightClickScreen();
  await expect(page.getByRole('menu', { name: 'Quick Menu' })).toBeVisible();
  await expectOverlayOverDrawing(page, scale, ['quickMenu.mainMenu']);

  await page.getByRole('menuitem', { name: 'Main Menu' }).click();
  await expect(recorder.field('User Name')).toBeVisible();
  await expectOverlayOverDrawing(page, scale, ['login.userName', 'login.password']);

  await recorder.logIn(PASSWORD);
  await expect(recorder.button('Settings')).toBeVisible();
  await expectOverlayOverDrawing(page, scale);

  for (const item of ['Settings', 'System', 'Account', 'User']) await recorder.button(item).click();
  await expect(recorder.button('Modify admin')).toBeVisible();
  await expectOverlayOverDrawing(page, scale);

  await recorder.button('Modify admin').click();
  await page.getByRole('checkbox', { name: 'Modify Password' }).check();
  await expect(recorder.field('Old Password')).toBeEnabled();
  await expectOverlayOverDrawing(page, scale, ['modifyUser.oldPassword']);

  await recorder.button('Cancel').click();
  await expect(page.getByRole('dialog', { name: 'Modify User' })).toBeHidden();
  // Back to live view, then Info from the Quick Menu.
  await escapeToLiveView(recorder);
  await recorder.rightClickScreen();
  await page.getByRole('menuitem', { name: 'Info' }).click();
  await expect(recorder.field('Device ID')).toBeVisible();
  await expectOverlayOverDrawing(page, scale, ['Model', 'Device ID', 'Serial No.', 'System Version', 'MAC Address']);
}

test.describe('at scale 1 (1600x1000)', () => {
  test.use({ viewport: { width: 1600, height: 1000 } });
  test('every overlay element covers its drawn widget exactly', async ({ recorder }) => {
    await walkScreens(recorder, 1);
  });
});

test.describe('at scale 2 (2800x1800)', () => {
  test.use({ viewport: { width: 2800, height: 1800 } });
  test('every overlay element covers its drawn widget exactly', async ({ recorder }) => {
    await walkScreens(recorder, 2);
  });
});
