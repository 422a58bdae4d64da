/**
 * Pixel tests of the OSD: every scene of tests/osd/scenes.ts drawn by the real renderer at 1280x720 and compared with
 * its baseline with zero tolerance. Each scene is drawn twice, with another scene in between, so reused and fresh
 * display objects must give the same pixels. Baselines: tests/e2e/__screenshots__ (update with
 * `npx playwright test visual --update-snapshots` after an intended change, and look at them).
 */
import { expect, test } from '@playwright/test';
import { SCENES } from '../osd/scenes';
import { RecorderPage } from './support/recorderPage';

test.describe('OSD scenes', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/tests/visual/harness.html');
    await page.evaluate(() => window.harnessReady);
  });

  for (const [index, scene] of SCENES.entries()) {
    test(`${scene.name} is pixel-exact`, async ({ page }) => {
      const canvas = page.locator('canvas');
      await expect(canvas).toHaveAttribute('width', '1280');
      await expect(canvas).toHaveAttribute('height', '720');
      const other = SCENES[(index + 1) % SCENES.length]!.name;
      for (const name of [scene.name, other, scene.name]) {
        await page.evaluate((sceneName) => window.showScene(sceneName), name);
        if (name === scene.name) await expect(canvas).toHaveScreenshot(`${scene.name}.png`);
      }
    });
  }
});

test('renders only when something changes: no frame while idle or for a cursor that did not move', async ({ page }) => {
  await page.goto('/tests/visual/harness.html');
  await page.evaluate(() => window.harnessReady);
  await page.evaluate(() => window.showScene('live-view'));
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

test('the app draws the same pixels as the harness for the same state', async ({ page }) => {
  const recorder = new RecorderPage(page);
  await recorder.open('?start=2026-03-02T09:00:00Z&speed=0');
  await recorder.powerOnAndBoot();
  await recorder.initialize('Camera2026');
  // Move the pointer off the screen (the recorder's cursor disappears) and let the renderer draw that frame.
  await page.mouse.move(0, 0);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const canvas = recorder.screen.locator('canvas');
  await expect(canvas).toHaveScreenshot('app-live-view.png');
});
