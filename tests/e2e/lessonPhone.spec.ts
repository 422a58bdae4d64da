/**
 * A customer on a phone (390×844, touch) rehearses P2 guided only by the lesson panel: each step's instruction
 * says what to do, Show me outlines the control (on the recorder, the overlay element lying over the OSD control's
 * rectangle; in the places, the control itself), the What to gather checklist ticks as the Info screen is seen and
 * photographed, and the page never scrolls sideways. Every press is a tap.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { CHOSEN, awaitTemporaryPassword } from './support/p2Walk';
import { longPress } from './support/touch';
import { CUSTOMER, purchaseDateFromOrder } from './support/worldPages';

test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
test.describe.configure({ timeout: 240_000 });

const stepStatus = (page: Page) => page.locator('.lesson-step');
const panel = (page: Page) => page.locator('.lesson-panel');

/** The lesson panel lies inside the phone's width, and the page never scrolls sideways. */
async function panelFits(page: Page): Promise<void> {
  const box = await panel(page).boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

/** Show me, then the outlined element must be `control` (the outline is the class `show-me`). */
async function showMe(page: Page, control: Locator): Promise<void> {
  await panel(page).getByRole('button', { name: 'Show me' }).tap();
  await expect(control).toHaveClass(/show-me/);
  await expect(control).toBeInViewport();
}

const gathered = (page: Page, label: string) =>
  panel(page)
    .getByRole('list', { name: 'What to gather' })
    .getByRole('listitem', { name: `${label}: gathered` });

test('P2 on a phone, guided by the panel: Show me, the checklist, taps, no sideways scroll', async ({
  page,
  recorder,
  website,
  inbox,
}) => {
  await recorder.open('?scenario=p2-cloud&speed=0&start=2026-03-02T09:00:00Z');
  await expect(stepStatus(page)).toHaveText('Step 1 of 10');
  await panelFits(page);

  // 1. The Info screen: Show me outlines the front panel's Info button.
  const info = recorder.hardwareButton('Info');
  await showMe(page, info);
  await info.tap();
  await expect(stepStatus(page)).toHaveText('Step 2 of 10');
  for (const label of ['Device ID', 'Serial number', 'Model', 'Date displayed on the recorder']) {
    await expect(gathered(page, label)).toBeVisible();
  }
  const value = async (label: string) => ((await recorder.field(label).textContent()) ?? '').trim();
  const facts = { model: await value('Model'), deviceId: await value('Device ID'), serial: await value('Serial No.') };

  // 2–3. The photos.
  const screenPhoto = page.getByRole('button', { name: 'Take photo of the screen' });
  await showMe(page, screenPhoto);
  await screenPhoto.tap();
  await expect(stepStatus(page)).toHaveText('Step 3 of 10');
  await expect(gathered(page, 'Photo of the Info screen')).toBeVisible();
  const stickerPhoto = page.getByRole('button', { name: 'Take photo of the sticker' });
  await showMe(page, stickerPhoto);
  await stickerPhoto.tap();
  await expect(stepStatus(page)).toHaveText('Step 4 of 10');
  await expect(gathered(page, 'Photo of the sticker')).toBeVisible();
  await panelFits(page);
  const closePhoto = page.getByRole('dialog').getByRole('button', { name: 'Close' });
  if (await closePhoto.isVisible()) await closePhoto.tap();

  // 4. Sign in: Show me goes to the Support Website.
  // Sign In is not on the site's home page: Show me outlines the way to it (My Account), then Sign In itself.
  const site = page.getByRole('main', { name: 'Support Website' });
  const myAccount = site.getByRole('link', { name: 'My Account' });
  await showMe(page, myAccount);
  await expect(
    panel(page).getByRole('status').filter({ hasText: 'reached through the outlined control' }),
  ).toBeVisible();
  await panelFits(page);
  await myAccount.tap();
  const signIn = site.getByRole('button', { name: 'Sign In' });
  await showMe(page, signIn);
  await website.field('Email').fill(CUSTOMER.email);
  await website.field('Password').fill(CUSTOMER.password);
  await signIn.tap();
  await expect(stepStatus(page)).toHaveText('Step 5 of 10');

  // 5. The warranty, with the date of purchase from the order e-mail.
  const purchaseDate = await purchaseDateFromOrder(inbox);
  await showMe(page, site.getByRole('link', { name: 'Warranty' }));
  await website.activateWarranty(facts.model, facts.serial, purchaseDate);
  await expect(stepStatus(page)).toHaveText('Step 6 of 10');

  // 6. The request, with the date the recorder displays and the two photos from the photo roll.
  await website.link('Reset Device Password').tap();
  await website.field('Model Number').fill(facts.model);
  await website.field('Device ID').fill(facts.deviceId);
  await website.field('Serial Number (S/N)').fill(facts.serial);
  await website.field('Date Displayed on Device').fill('2026-03-02');
  await website.pickForUpload('Upload Proof of Purchase', /E-mail attachment/);
  await website.pickForUpload('Upload Device Info Screen', /Photo: screen/);
  await website.pickForUpload('Upload Information Sticker', /Photo: sticker/);
  await website.button('Submit').tap();
  const status = page.getByRole('status').filter({ hasText: 'Ticket number:' });
  await expect(status).toBeVisible();
  const ticket = Number(/Ticket number: (\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  await expect(stepStatus(page)).toHaveText('Step 7 of 10');

  // 7. The e-mails: a wait, so Show me goes to Email and outlines Advance 10 minutes.
  await showMe(page, page.getByRole('button', { name: 'Advance 10 minutes' }));
  await expect(page.getByRole('main', { name: 'Email' })).toBeVisible();
  const temporary = await awaitTemporaryPassword(inbox, ticket);
  await expect(stepStatus(page)).toHaveText('Step 8 of 10');
  await panelFits(page);

  // 8–10. Back on the recorder: Main Menu's login (Show me outlines the overlay's Password box), then the change.
  // Main Menu is in the Quick Menu, which a long press on the screen opens: Show me outlines the screen first.
  await showMe(page, recorder.screen);
  await recorder.waitForLiveView();
  const mainMenu = page.getByRole('menuitem', { name: 'Main Menu' });
  await expect(async () => {
    if (!(await mainMenu.isVisible())) await longPress(page, recorder.screen);
    await expect(mainMenu).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await mainMenu.tap();
  await expect(stepStatus(page)).toHaveText('Step 9 of 10');
  await showMe(page, recorder.screen.getByRole('textbox', { name: 'Password' }));
  await recorder.logIn(temporary);
  await expect(stepStatus(page)).toHaveText('Step 10 of 10');
  await recorder.button('OK').tap();
  await recorder.field('Old Password').fill(temporary);
  await recorder.field('New Password').fill(CHOSEN);
  await recorder.field('Confirm Password').fill(CHOSEN);
  await recorder.button('OK').tap();
  await expect(stepStatus(page)).toHaveText('Scenario complete: all 10 steps done.');
  await panelFits(page);
});
