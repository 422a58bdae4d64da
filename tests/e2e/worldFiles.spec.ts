/**
 * World files in the browser, through accessible names (docs/architecture.md#persistence): "Export simulation" downloads the open world;
 * "Import simulation" of that file opens the same world as a new stored one (its recorder already initialized, its
 * contents equal); a corrupt file is refused with an alert that names the field and says why, and changes nothing.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const PASSWORD = 'Camera2026';

test.use({ recorderStart: { query: '?model=N841A81&speed=0', password: PASSWORD } });

async function exportWorld(page: Page): Promise<Record<string, unknown>> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export simulation' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^recorder-simulator-N841A81-\d{4}-\d{2}-\d{2}\.json$/);
  return JSON.parse(await readFile(await download.path(), 'utf8')) as Record<string, unknown>;
}

const withoutIdentity = ({ id: _id, createdAt: _createdAt, name: _name, ...rest }: Record<string, unknown>) => rest;

test('export then import gives the same world, opened as a new stored one; a corrupt file is refused', async ({
  page,
  recorder,
}) => {
  const exported = await exportWorld(page);
  const worlds = page.getByLabel('Open simulation');
  await expect(worlds.getByRole('option')).toHaveCount(1);

  await page.getByLabel('Import simulation').setInputFiles({
    name: 'world.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(exported)),
  });
  await expect(worlds.getByRole('option')).toHaveCount(2);
  await expect(worlds).not.toHaveValue(String(exported.id));

  // The imported recorder keeps its flash: it boots to live view, not to Device Initialization.
  await recorder.powerOnAndBoot();
  await recorder.waitForLiveView();
  const reexported = await exportWorld(page);
  expect(reexported.id).not.toBe(exported.id);
  // The imported world keeps the file's name, made unique among the stored ones.
  expect(reexported.name).toBe(`${String(exported.name)} (2)`);
  expect(withoutIdentity(reexported)).toEqual({
    ...withoutIdentity(exported),
    worldTime: reexported.worldTime,
    recorder: { ...(exported.recorder as object), flash: (reexported.recorder as { flash: unknown }).flash },
  });
  expect((reexported.recorder as { flash: { users: unknown } }).flash.users).toEqual(
    (exported.recorder as { flash: { users: unknown } }).flash.users,
  );

  await page.getByLabel('Import simulation').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"schemaVersion": 3, "recorder": '),
  });
  const refusal = page.getByRole('group', { name: 'Simulation' }).getByRole('alert');
  await expect(refusal).toContainText('Import refused, nothing was changed');
  await expect(refusal).toContainText('not valid JSON');
  await expect(worlds.getByRole('option')).toHaveCount(2);

  // A refusal says which field and why in words; an image that could carry a script never enters a world.
  const scripted = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>';
  const outside = exported.outside as Record<string, unknown>;
  const withScriptedPhoto = {
    ...exported,
    outside: {
      ...outside,
      photos: [
        {
          id: 'photo-1',
          mimeType: 'image/svg+xml',
          dataUrl: `data:image/svg+xml,${encodeURIComponent(scripted)}`,
          sizeBytes: scripted.length,
          name: 'sticker.svg',
          subject: 'sticker',
          takenAt: exported.worldTime,
        },
      ],
    },
  };
  for (const [file, why] of [
    [{ ...exported, worldTime: 'noon' }, 'worldTime: must be a number, not text'],
    [withScriptedPhoto, 'outside.photos.0.dataUrl: This SVG image holds more than shapes and text'],
  ] as const) {
    await page.getByLabel('Import simulation').setInputFiles({
      name: 'damaged.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await expect(refusal).toContainText(why);
    await expect(refusal).not.toContainText('Invalid input');
    await expect(worlds.getByRole('option')).toHaveCount(2);
  }
  // A refusal stays until dismissed.
  await refusal.getByRole('button', { name: 'Dismiss' }).click();
  await expect(refusal).toHaveCount(0);
});

test.describe('opened from a link', () => {
  test.use({ recorderStart: null });

  test("New simulation starts the fresh world with the link's model and start, after the address dropped the start", async ({
    page,
    recorder,
  }) => {
    await recorder.open('?model=N841A81&start=2026-03-02T09:00:00Z&speed=0');
    await expect(page).not.toHaveURL(/start=/);
    await recorder.button('Advance 1 day').click();
    const time = page.getByLabel('Simulated time');
    await expect(time).toHaveText('2026-03-03 09:00:00');
    await page.getByRole('button', { name: 'New simulation' }).click();
    await expect(time).toHaveText('2026-03-02 09:00:00');
    const worlds = page.getByLabel('Open simulation');
    await expect(worlds.getByRole('option')).toHaveCount(2);
    await expect(worlds.getByRole('option', { name: /LNR6108/ })).toHaveCount(0);
  });
});

test.describe('telling stored worlds apart', () => {
  test.use({ recorderStart: null });

  test('worlds are listed by name, model and simulated time; one can be renamed and deleted', async ({
    page,
    recorder,
  }) => {
    await recorder.open('?model=LNR6108&start=2026-03-02T09:00:00Z&speed=0');
    const worlds = page.getByLabel('Open simulation');
    const open = worlds.locator('option:checked');
    await expect(open).toHaveText(/^LNR6108 #1 \(LNR6108; simulated time 2026-03-02 09:00; created /);
    await page.getByRole('button', { name: 'New simulation' }).click();
    await expect(worlds.getByRole('option')).toHaveCount(2);
    await expect(open).toHaveText(/^LNR6108 #2 \(LNR6108; /);
    await recorder.button('Advance 1 hour').click();
    await expect(page.getByLabel('Simulated time')).toHaveText('2026-03-02 10:00:00');

    // Rename: a bad name is refused with a reason and changes nothing.
    await page.getByRole('button', { name: 'Rename simulation' }).click();
    const name = page.getByLabel('Simulation name');
    await expect(name).toHaveValue('LNR6108 #2');
    await name.fill('Lockout\tdrill');
    await page.getByRole('button', { name: 'Save name' }).click();
    const alert = page.getByRole('group', { name: 'Simulation' }).getByRole('alert');
    await expect(alert).toContainText('must not hold control characters');
    await expect(open).toHaveText(/^LNR6108 #2 /);
    await name.fill('  Lockout drill ');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect(name).toHaveCount(0);
    await expect(alert).toHaveCount(0);
    await expect(open).toHaveText(/^Lockout drill \(LNR6108; simulated time 2026-03-02 10:00; /);

    // Delete asks first; deleting the open world opens the other one; the last one cannot be deleted.
    await page.getByRole('button', { name: 'Delete simulation' }).click();
    await page.getByRole('button', { name: 'Keep simulation' }).click();
    await expect(worlds.getByRole('option')).toHaveCount(2);
    await page.getByRole('button', { name: 'Delete simulation' }).click();
    await page.getByRole('button', { name: 'Delete for good' }).click();
    await expect(worlds.getByRole('option')).toHaveCount(1);
    await expect(open).toHaveText(/^LNR6108 #1 /);
    await page.getByRole('button', { name: 'Delete simulation' }).click();
    await page.getByRole('button', { name: 'Delete for good' }).click();
    await expect(alert).toContainText('only saved simulation');
    await expect(worlds.getByRole('option')).toHaveCount(1);

    // Names are stored: a reload lists them again.
    await page.reload();
    await expect(page.getByLabel('Open simulation').locator('option:checked')).toHaveText(/^LNR6108 #1 /);
  });
});
