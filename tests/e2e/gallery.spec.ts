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

test('the gallery opens with an index by family and screen, and thumbnails that open the full-size screen', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await openGallery(page, 'legacy');
  const families = page.getByRole('navigation', { name: 'Families' });
  // The family links are a list, one item each (not words run together).
  await expect(families.getByRole('listitem')).toHaveCount(FAMILIES.length + 2);
  for (const family of FAMILIES) await expect(families.getByRole('link', { name: family, exact: true })).toBeVisible();

  const index = page.getByRole('navigation', { name: 'Gallery index' });
  const legacyScreens = index.getByRole('list', { name: /^legacy/ });
  await expect(legacyScreens.getByRole('link', { name: 'user-list', exact: true })).toBeVisible();
  expect(await legacyScreens.getByRole('listitem').count()).toBeGreaterThan(20);

  // A thumbnail is a small copy that links to the full-size screen.
  const thumbnail = page
    .getByRole('list', { name: 'legacy thumbnails' })
    .getByRole('link', { name: 'user-list (1920x1080)', exact: true });
  const full = page.getByRole('img', { name: 'user-list, legacy, 1920x1080' });
  await thumbnail.scrollIntoViewIfNeeded();
  const thumbnailCanvas = thumbnail.locator('canvas');
  await expect(thumbnailCanvas).toHaveAttribute('data-drawn', 'true');
  expect((await thumbnailCanvas.boundingBox())!.width).toBeLessThan(300);
  await expect(full).not.toBeInViewport();
  await thumbnail.click();
  await expect(full).toBeInViewport();
  await expect(page).toHaveURL(/#shot-legacy-user-list-1920x1080$/);
  expect((await full.boundingBox())!.width).toBe(1920);

  // The index's link goes to the screen's first resolution.
  await index.getByRole('link', { name: 'user-list', exact: true }).click();
  await expect(page.getByRole('img', { name: 'user-list, legacy, 1280x720' })).toBeInViewport();
});

test('an unknown family is refused with a message naming the families', async ({ page }) => {
  await page.goto('/?gallery=bogus');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('bogus');
  for (const family of FAMILIES) await expect(alert).toContainText(family);
  await expect(page.getByText(/0 of 0 screens/)).toHaveCount(0);
  await expect(page.locator('canvas.gallery-canvas')).toHaveCount(0);
});
