/**
 * The OSD renderer in the browser: it renders only when something changes, and the app draws the same pixels as the
 * harness for the same state. (Every screen of every family, pixel for pixel at both resolutions, is in
 * gallery.spec.ts.) Baselines: tests/e2e/__screenshots__ (update with `npx playwright test visual --update-snapshots`
 * after an intended change, and look at them).
 */
import { expect, test } from './support/fixtures';

test('renders only when something changes: no frame while idle or for a cursor that did not move', async ({ page }) => {
  await page.goto('/tests/visual/harness.html');
  await page.evaluate(() => window.harnessReady);
  await page.evaluate(() => window.showScene('cloud/live-view'));
  const afterTwoFrames = () =>
    page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const frames = () => page.evaluate(() => window.osdFrames());
  const drawn = await frames();
  await afterTwoFrames();
  expect(await frames()).toBe(drawn);
  await page.evaluate(() => {
    for (let i = 0; i < 20; i++) window.moveCursor(null);
  });
  await afterTwoFrames();
  expect(await frames()).toBe(drawn);
  await page.evaluate(() => window.moveCursor({ x: 10, y: 10 }));
  await afterTwoFrames();
  expect(await frames()).toBe(drawn + 1);
  await page.evaluate(() => window.moveCursor({ x: 10, y: 10 }));
  await afterTwoFrames();
  expect(await frames()).toBe(drawn + 1);
});

test('the app draws the same pixels as the harness for the same state', async ({ page, recorder }) => {
  await recorder.start({ query: '?start=2026-03-02T09:00:00Z&speed=0', password: 'Camera2026' });
  // Move the pointer off the screen (the recorder's cursor disappears) and let the renderer draw that frame.
  await page.mouse.move(0, 0);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const canvas = recorder.screen.locator('canvas');
  await expect(canvas).toHaveScreenshot('app-live-view.png');
});
