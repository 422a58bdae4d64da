/**
 * The screen gallery, pixel for pixel: every screen of every recorder family at 1280x720 and 1920x1080 compared with
 * its baseline with zero tolerance (tests/e2e/__screenshots__/gallery.spec.ts; update with
 * `npx playwright test gallery --update-snapshots` after an intended change, and look at them). Each screen is then
 * drawn again in reverse order by the same renderer (reused and fresh display objects) and must give identical
 * pixels. Screenshots are of the per-screen canvases, not whole pages.
 */
import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 2000, height: 1200 } });

const FAMILIES = ['cloud', 'home', 'app', 'legacy', 'connect'] as const;

async function openGallery(page: Page, family: string) {
  await page.goto(`/?gallery=${family}`);
  await page.waitForFunction(() => window.galleryReady !== undefined);
  await page.evaluate(() => window.galleryReady);
}

for (const family of FAMILIES) {
  test(`every ${family} screen is pixel-exact at both resolutions, and the same when drawn again`, async ({ page }) => {
    // About 70 screens per family, drawn twice: minutes on a software GPU shared with other work.
    test.setTimeout(600_000);
    await openGallery(page, family);
    const shots = page.locator('canvas.gallery-canvas');
    const keys = await shots.evaluateAll((canvases) => canvases.map((canvas) => canvas.dataset.shot ?? ''));
    expect(keys.length).toBeGreaterThan(40);
    for (const key of keys) {
      const canvas = page.locator(`canvas[data-shot="${key}"]`);
      const [width, height] = key.endsWith('@1920x1080') ? ['1920', '1080'] : ['1280', '720'];
      await expect(canvas).toHaveAttribute('width', width);
      await expect(canvas).toHaveAttribute('height', height);
      await expect(canvas).toHaveScreenshot(`${key.replace('/', '_').replace('@', '_')}.png`);
    }
    const first = await shots.evaluateAll(async (canvases) => {
      const digests: Record<string, string> = {};
      for (const canvas of canvases as HTMLCanvasElement[])
        digests[canvas.dataset.shot ?? ''] = await window.pixelDigest!(canvas);
      return digests;
    });
    const again = await page.evaluate(() => window.redrawGallery!('reverse'));
    for (const key of keys) expect(again[key] === first[key], `${key} drawn again`).toBe(true);
  });
}

test('each screen has a labelled PNG download of its own pixels', async ({ page }) => {
  // The gallery draws all of a family's screens before it is ready: a minute or more on a loaded software GPU.
  test.setTimeout(300_000);
  await openGallery(page, 'legacy');
  const screen = page.getByRole('img', { name: 'user-list, legacy, 1920x1080' });
  await expect(screen).toHaveAttribute('width', '1920');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download user-list legacy 1920x1080' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('recorder-screen_legacy_user-list_1920x1080.png');
  const saved = (await import('node:fs')).readFileSync((await file.path())!);
  const shown = await screen.evaluate((canvas) => (canvas as HTMLCanvasElement).toDataURL('image/png'));
  expect(`data:image/png;base64,${saved.toString('base64')}`).toBe(shown);
});
