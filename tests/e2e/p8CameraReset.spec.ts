/**
 * P8 in the browser, only through accessible names (docs/reset-paths.md, docs/accessible-names.md): after a Factory Default the NVR's new admin
 * password is not the one its IP camera holds, so the channel shows an authentication error. Holding the camera's
 * Reset button, unplugging and replugging its Ethernet cable and holding on 15 s resets the camera; it restarts
 * (2 simulated minutes) with defaults and the NVR adds it again with its own password: the channel is back online.
 */
import { expect, test } from './support/fixtures';
import { RecorderPage } from './support/recorderPage';

const FIRST = 'Camera2026';
const AFTER_DEFAULT = 'Lorex#2027';
const CAMERA_1 = 'Camera 1 — E893AB on port 1';

/** Main Menu > Settings > Camera, logging in unless the recorder still has a session. */
async function openCameraPage(recorder: RecorderPage, password: string): Promise<void> {
  await recorder.openMainMenuLogin();
  const settings = recorder.button('Settings');
  await expect(recorder.field('User Name').or(settings)).toBeVisible();
  if (await recorder.field('User Name').isVisible()) await recorder.logIn(password);
  for (const item of ['Settings', 'Camera']) await recorder.button(item).click();
}

async function backToLiveView(recorder: RecorderPage): Promise<void> {
  await expect(async () => {
    await recorder.rightClickScreen();
    await expect(recorder.page.getByLabel('System Date')).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
}

test('P8: a camera refusing the NVR after a Factory Default is reset with its button and cable, and added again', async ({
  page,
  recorder,
  cameras,
}) => {
  test.setTimeout(90_000);
  await recorder.start({ query: '?model=LNR6108&speed=0', password: FIRST });
  // Live view reads out each tile: its channel name, and what its marks say.
  const tile = page.getByLabel('CH1', { exact: true });
  await expect(tile).toHaveText(/^Live/);

  // The NVR added its factory-fresh cameras with its own password.
  await openCameraPage(recorder, FIRST);
  await expect(page.getByLabel('CH1 Status', { exact: true })).toHaveText('Online');
  for (const item of ['System', 'Factory Default']) await recorder.button(item).click();
  await recorder.button('OK').click();
  await recorder.advanceUntilVisible(recorder.field('Confirm Password'));
  await recorder.initialize(AFTER_DEFAULT);

  // The camera keeps the password of the NVR before the Factory Default: authentication error.
  await openCameraPage(recorder, AFTER_DEFAULT);
  await expect(page.getByLabel('CH1 Status', { exact: true })).toHaveText('Authentication Error');
  await recorder.button('Re-add CH1').click();
  await expect(recorder.alert).toContainText("refused the recorder's password");
  await backToLiveView(recorder);
  await expect(tile).toHaveText('Authentication Error');

  // At the camera: hold Reset, unplug and replug the cable, keep holding while 15 s (here a minute) pass.
  await cameras.open();
  await expect(cameras.led(CAMERA_1)).toHaveText('solid');
  const cable = cameras.cable(CAMERA_1);
  await expect(cable).toHaveAttribute('aria-pressed', 'true');
  await cameras.reset(CAMERA_1).focus();
  await page.keyboard.down(' ');
  await cable.click();
  await expect(cable).toHaveAttribute('aria-pressed', 'false');
  await expect(cameras.led(CAMERA_1)).toHaveText('off');
  await cable.click();
  await expect(cable).toHaveAttribute('aria-pressed', 'true');
  await expect(cameras.reset(CAMERA_1)).toBeFocused();
  await cameras.advanceKeepingFocus();
  await page.keyboard.up(' ');
  await expect(cameras.camera(CAMERA_1)).toContainText('Restarting with factory defaults');
  await expect(cameras.led(CAMERA_1)).toHaveText('blinking');

  // It restarts for 2 minutes, then the NVR adds it again: the channel is online.
  await cameras.advanceKeepingFocus('Advance 10 minutes');
  await expect(cameras.led(CAMERA_1)).toHaveText('solid');
  await page.getByRole('link', { name: 'Recorder' }).click();
  await openCameraPage(recorder, AFTER_DEFAULT);
  await expect(page.getByLabel('CH1 Status', { exact: true })).toHaveText('Online');
  await expect(recorder.button('Re-add CH1')).toHaveCount(0);
  await backToLiveView(recorder);
  await expect(tile).toHaveText(/^Live/);

  // The camera keeps what it was given across a power cut (a reload), once that is stored.
  await expect.poll(() => cameras.storedCamera(0)).toMatchObject({ persisted: { credential: expect.any(String) } });
  await page.reload();
  await recorder.button('Advance 1 minute').click();
  await recorder.waitForLiveView();
  await openCameraPage(recorder, AFTER_DEFAULT);
  await expect(page.getByLabel('CH1 Status', { exact: true })).toHaveText('Online');
});
