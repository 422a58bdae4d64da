/**
 * The bench at a laptop's 1280x720: the recorder's screen and the hardware a step needs (the front and rear, with the
 * Power switch) are in view together without scrolling; the screen's box is whole CSS pixels; "Full-screen view"
 * shows the OSD alone at 1:1 with the overlay still over what is drawn; the header's world controls do not overlap.
 */
import { expect, test } from './support/fixtures';
import { expectOverlayOverDrawing } from './support/overlayCheck';

test.use({ viewport: { width: 1280, height: 720 } });

const PASSWORD = 'Camera2026';

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('the screen, the Power switch and the front panel are in view together', async ({ page, recorder }) => {
  await recorder.open('?model=LNR6108&speed=0');
  await expect(recorder.screen).toBeInViewport({ ratio: 1 });
  await expect(recorder.hardwareButton('Power')).toBeInViewport({ ratio: 1 });
  await expect(recorder.hardwareButton('USB')).toBeInViewport({ ratio: 1 });
  await expect(recorder.hardwareButton('Info')).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('button', { name: 'Full-screen view' })).toBeInViewport({ ratio: 1 });
  // Scaled down to fit, the box is still whole pixels (16k x 9k).
  const box = (await recorder.screen.boundingBox())!;
  expect(Number.isInteger(box.width) && Number.isInteger(box.height)).toBe(true);
  expect(box.width / box.height).toBeCloseTo(16 / 9, 6);
});

test('Full-screen view shows the OSD at 1:1, the overlay over it, and leaves again', async ({ page, recorder }) => {
  await recorder.start({ query: '?model=LNR6108&start=2026-03-02T09:00:00Z&speed=0', password: PASSWORD });
  const fullView = page.getByRole('button', { name: 'Full-screen view' });
  await expect(fullView).toHaveAttribute('aria-pressed', 'false');
  await fullView.click();
  await expect(fullView).toHaveAttribute('aria-pressed', 'true');
  await expect(recorder.screen).toBeInViewport({ ratio: 1 });
  await expect.poll(async () => (await recorder.screen.boundingBox())?.width).toBe(1280);
  expect(await page.evaluate(() => window.__osd?.scale)).toBe(1);

  await recorder.rightClickScreen();
  await expect(page.getByRole('menu', { name: 'Quick Menu' })).toBeVisible();
  await expectOverlayOverDrawing(page, 1, ['quickMenu.mainMenu']);

  await fullView.click();
  await expect(fullView).toHaveAttribute('aria-pressed', 'false');
  await expect(recorder.hardwareButton('Power')).toBeInViewport({ ratio: 1 });
  await expect.poll(async () => (await recorder.screen.boundingBox())?.width).toBeLessThan(1280);
});

test('Import simulation does not overlap the controls beside it', async ({ page }) => {
  await page.goto('/?model=LNR6108&speed=0');
  const importLabel = page.locator('label', { hasText: 'Import simulation' });
  await expect(importLabel).toBeVisible();
  const label = (await importLabel.boundingBox())!;
  const neighbours = [
    page.getByRole('button', { name: 'Export simulation' }),
    page.locator('label', { hasText: 'Open simulation' }),
    page.getByLabel('Open simulation'),
    page.getByRole('button', { name: 'New simulation' }),
  ];
  for (const neighbour of neighbours) {
    const box = (await neighbour.boundingBox())!;
    expect(overlaps(label, box), `Import simulation overlaps ${String(neighbour)}`).toBe(false);
  }
});
