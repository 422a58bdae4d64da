/**
 * Take photo (docs/accessible-names.md), only through accessible names: a photo of the Info screen (exactly what the OSD shows, a
 * PNG read from its canvas) and of the information sticker go to the "Photo roll" list, with a thumbnail each, and
 * stay there after a reload (the outside world keeps them durably); the support website's upload fields offer them.
 */
import { expect, test } from './support/fixtures';
import { CUSTOMER } from './support/worldPages';

test.use({ recorderStart: { query: '?model=LNR6108&speed=0&start=2026-03-02T09:00:00Z', password: 'Camera2026' } });

test('photos of the Info screen and of the sticker appear in the photo roll and survive a reload', async ({
  page,
  recorder,
  website,
}) => {
  await recorder.openInfoWithButton();
  const deviceId = await page.getByLabel('Device ID', { exact: true }).textContent();
  await expect(page.getByRole('img', { name: 'Information sticker' })).toContainText(`Device ID: ${deviceId}`);

  await recorder.button('Take photo of the screen').click();
  await expect(page.getByRole('status').filter({ hasText: 'Photo of the screen saved' })).toBeVisible();
  await recorder.button('Take photo of the sticker').click();
  await expect(page.getByRole('status').filter({ hasText: 'Photo of the sticker saved' })).toBeVisible();

  const roll = page.getByRole('list', { name: 'Photo roll' });
  await expect(roll.getByRole('listitem')).toHaveCount(2);
  const screenPhoto = roll.getByRole('img', { name: 'screen-2026-03-02-0901.png' });
  const stickerPhoto = roll.getByRole('img', { name: 'sticker-2026-03-02-0901.png' });
  await expect(screenPhoto).toBeVisible();
  await expect(stickerPhoto).toBeVisible();

  // The screen photo is the OSD's own 1280x720 frame; the sticker photo a PNG of the drawing at twice its size.
  const size = (image: typeof screenPhoto) =>
    image.evaluate((element: HTMLImageElement) => [
      element.naturalWidth,
      element.naturalHeight,
      element.src.slice(0, 22),
    ]);
  expect(await size(screenPhoto)).toEqual([1280, 720, 'data:image/png;base64,']);
  expect(await size(stickerPhoto)).toEqual([640, 300, 'data:image/png;base64,']);
  // Not a blank frame: the Info screen has many colours.
  const colours = await screenPhoto.evaluate((element: HTMLImageElement) => {
    const canvas = document.createElement('canvas');
    canvas.width = element.naturalWidth;
    canvas.height = element.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(element, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return seen.size;
  });
  expect(colours).toBeGreaterThan(3);

  await page.reload();
  await expect(page.getByRole('list', { name: 'Photo roll' }).getByRole('listitem')).toHaveCount(2);

  // The support form's upload fields offer them.
  await website.signIn(CUSTOMER.email, CUSTOMER.password);
  await website.link('Reset Device Password').click();
  await website.pickForUpload('Upload Device Info Screen', /screen-2026-03-02-0901\.png/);
  await website.pickForUpload('Upload Information Sticker', /sticker-2026-03-02-0901\.png/);
  await expect(page.getByText('Selected: screen-2026-03-02-0901.png')).toBeVisible();
  await expect(page.getByText('Selected: sticker-2026-03-02-0901.png')).toBeVisible();
});
