/**
 * One world in two tabs, two real pages of one browser: only one drives the world. The second is told
 * the simulation is open in another tab and offers "Take over in this tab"; taking over reloads the world from
 * IndexedDB, so what the first tab saved (a new admin password, a photo) is there, and the first tab stops and says
 * it was taken over.
 */
import { expect, test, type Page } from '@playwright/test';
import { RecorderPage } from './support/recorderPage';

const FIRST = 'Camera2026';
const NEW = 'Lorex#2027';
const WORLD = '?model=LNR6108&speed=0&start=2026-03-02T09:00:00Z';

const openElsewhere = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'This simulation is open in another tab.' })).toBeVisible();
const takenOver = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'This simulation was taken over by another tab.' })).toBeVisible();

/** The photo ids of the world as stored in IndexedDB. */
const storedPhotoIds = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const opening = indexedDB.open('recorder-sim');
        opening.onerror = () => reject(new Error('no database'));
        opening.onsuccess = () => {
          const read = opening.result.transaction('worlds').objectStore('worlds').getAll();
          read.onsuccess = () => {
            const worlds = read.result as { outside: { photos: { id: string }[] } }[];
            opening.result.close();
            resolve(worlds.flatMap((world) => world.outside.photos.map((photo) => photo.id)));
          };
        };
      }),
  );

test('a password changed in tab A works in tab B once B takes over', async ({ context }) => {
  const a = new RecorderPage(await context.newPage());
  await a.open(WORLD);
  const b = new RecorderPage(await context.newPage());
  await b.page.goto('/');
  await openElsewhere(b.page);
  await expect(b.power).toHaveCount(0);

  // The OSD draws in animation frames: the tab a person acts in is the one in front.
  await a.page.bringToFront();
  await a.powerOnAndBoot();
  await a.initialize(FIRST);
  await a.openMainMenuLogin();
  await a.logIn(FIRST);
  for (const item of ['Settings', 'System', 'Account', 'User']) await a.button(item).click();
  await a.button('Modify admin').click();
  await expect(a.page.getByRole('dialog', { name: 'Modify User' })).toBeVisible();
  await a.page.getByRole('checkbox', { name: 'Modify Password' }).check();
  await a.field('Old Password').fill(FIRST);
  await a.field('New Password').fill(NEW);
  await a.field('Confirm Password').fill(NEW);
  await a.button('OK').click();
  await expect(a.page.getByRole('status').filter({ hasText: 'Saved successfully.' })).toBeVisible();

  await b.page.bringToFront();
  await b.button('Take over in this tab').click();
  await expect(b.power).toHaveAttribute('aria-pressed', 'true');
  await takenOver(a.page);
  await expect(a.power).toHaveCount(0);

  await b.button('Advance 1 minute').click();
  await b.waitForLiveView();
  await b.openMainMenuLogin();
  await b.logIn(FIRST);
  await expect(b.alert).toHaveText(/Wrong user name or password/);
  await b.logIn(NEW);
  await expect(b.button('Settings')).toBeVisible();

  // Still so after B's reload: A, stopped, wrote nothing over it.
  await b.page.reload();
  await b.button('Advance 1 minute').click();
  await b.waitForLiveView();
  await b.openMainMenuLogin();
  await b.logIn(NEW);
  await expect(b.button('Settings')).toBeVisible();
});

test('photos taken in tab A, then in tab B after it took over, both survive', async ({ context }) => {
  const a = new RecorderPage(await context.newPage());
  await a.open(WORLD);
  const b = new RecorderPage(await context.newPage());
  await b.page.goto('/');
  await openElsewhere(b.page);

  await a.page.bringToFront();
  await a.button('Take photo of the sticker').click();
  await expect(a.page.getByRole('status').filter({ hasText: 'Photo of the sticker saved' })).toBeVisible();

  await b.page.bringToFront();
  await b.button('Take over in this tab').click();
  await takenOver(a.page);
  const roll = b.page.getByRole('list', { name: 'Photo roll' });
  await expect(roll.getByRole('listitem')).toHaveCount(1);
  await b.button('Take photo of the sticker').click();
  await expect(b.page.getByRole('status').filter({ hasText: 'Photo of the sticker saved' })).toBeVisible();
  await expect(roll.getByRole('listitem')).toHaveCount(2);

  // A takes it back: it sees both, and the ids never collided.
  await a.page.bringToFront();
  await a.button('Take over in this tab').click();
  await takenOver(b.page);
  await expect(a.page.getByRole('list', { name: 'Photo roll' }).getByRole('listitem')).toHaveCount(2);
  expect(await storedPhotoIds(a.page)).toEqual(['photo-1', 'photo-2']);
});
