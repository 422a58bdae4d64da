/**
 * Display > Resolution in the running app: switching to 1920x1080 resizes the OSD canvas's backing store at once,
 * the overlay follows (each control's element sits over its drawn rectangle at the new frame), and the setting
 * survives a reload (it is on flash).
 */
import { expect, test } from './support/fixtures';

const PASSWORD = 'Camera2026';

test.use({ viewport: { width: 2000, height: 1400 } });

test.use({ recorderStart: { query: '?model=LNR6108&start=2026-03-02T09:00:00Z&speed=0', password: PASSWORD } });

test('switching Display > Resolution to 1920x1080 redraws the screen at that size at once', async ({
  page,
  recorder,
}) => {
  const canvas = recorder.screen.locator('canvas');
  await expect(canvas).toHaveAttribute('width', '1280');
  await expect(canvas).toHaveAttribute('height', '720');

  await recorder.openMainMenuLogin();
  await recorder.logIn(PASSWORD);
  for (const item of ['Settings', 'System', 'Display']) await recorder.button(item).click();
  await recorder.button('1920x1080').click();
  await expect(canvas).toHaveAttribute('width', '1920');
  await expect(canvas).toHaveAttribute('height', '1080');
  await expect(page.getByLabel('Resolution', { exact: true })).toHaveText('1920x1080');

  // At scale 1 (this viewport), an element of the overlay is where the 1080p layout put its control.
  const screenBox = (await recorder.screen.boundingBox())!;
  expect(Math.round(screenBox.width)).toBe(1920);
  const button = (await recorder.button('1280x720').boundingBox())!;
  expect(button.x - screenBox.x).toBeGreaterThan(1280 * 0.3);
  expect(button.y + button.height - screenBox.y).toBeLessThanOrEqual(1080);

  await page.reload();
  await recorder.advanceUntilVisible(page.getByLabel('System Date'));
  await expect(recorder.screen.locator('canvas')).toHaveAttribute('width', '1920');
});
