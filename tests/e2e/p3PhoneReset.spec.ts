/**
 * P3 (docs/reset-paths.md; seeds 001, 004) on LNR6108, through accessible names, from a fresh world: the customer phones support
 * and reads out what the recorder shows, after sending the pictures of the Info screen and the sticker; the trainer
 * types it into the Support Desk's Phone call form and reads the
 * temporary password out (it is e-mailed too); the customer logs in as admin with it and changes it. And with the
 * desk's Manual review on, a website ticket waits (no temporary password after the automatic review time) until the
 * trainer approves it by hand.
 */
import { expect, test } from './support/fixtures';
import {
  awaitTemporaryPassword,
  CHOSEN,
  changeAdminPassword,
  logInAsAdmin,
  openRecorderWithForgottenPassword,
  registerWarranty,
} from './support/p2Walk';
import { InboxPage, pngFile, readRecorder } from './support/worldPages';

test('P3: the Support Desk takes the call and issues a temporary password that opens the recorder', async ({
  page,
  recorder,
  desk,
  inbox,
}) => {
  test.slow(); // a walk through several places on a shared, software-rendered machine
  await openRecorderWithForgottenPassword(recorder);
  const facts = await readRecorder(recorder);

  await desk.open();
  await desk.field('First Name').fill('Alex');
  await desk.field('Last Name').fill('Morgan');
  await desk.field('Phone Number').fill('555-0142');
  await desk.field('Model Number').fill(facts.model);
  await desk.field('Device ID').fill(facts.deviceId);
  await desk.field('Serial Number (S/N)').fill(facts.serial);
  await desk.field('Date Displayed on Device').fill(facts.displayedDate);
  // Seed 001: support helps only once the caller has sent the pictures of the Device Info screen and the sticker.
  await desk.button('Issue temporary password').click();
  await expect(page.getByRole('alert')).toContainText('Ask the caller to send the picture of the Device Info screen');
  await desk.field('Upload Device Info Screen').setInputFiles(pngFile('info-screen.png', 'infoScreen'));
  await desk.field('Upload Information Sticker').setInputFiles(pngFile('sticker.png', 'sticker'));
  await expect(page.getByText('Selected: sticker.png')).toBeVisible();
  await desk.button('Issue temporary password').click();
  const readOut = page.getByRole('status', { name: 'Temporary password issued' });
  await expect(readOut).toBeVisible();
  await expect(readOut).toBeFocused();
  await expect(readOut).toContainText('Read out to the caller');
  const spoken = /temporary password (\S+),/.exec((await readOut.textContent()) ?? '')?.[1] ?? '';
  const ticket = Number(/Ticket number: (\d+)/.exec((await readOut.textContent()) ?? '')?.[1]);
  await expect(desk.ticket(ticket)).toContainText('Phone');

  // The same password is e-mailed.
  const mail = await inbox.read(new RegExp(`ticket ${ticket}.*temporary password`, 'i'));
  expect(InboxPage.line(mail, 'Temporary password')).toBe(spoken);

  await logInAsAdmin(recorder, spoken);
  await changeAdminPassword(recorder, spoken, CHOSEN, 'prompt');
});

test('P3: with Manual review on, a website ticket waits until the desk approves it', async ({
  page,
  recorder,
  website,
  inbox,
  desk,
}) => {
  test.slow(); // a walk through several places on a shared, software-rendered machine
  await openRecorderWithForgottenPassword(recorder);
  const facts = await readRecorder(recorder);

  await desk.open();
  await desk.manualReview.check();
  await expect(desk.manualReview).toBeChecked();

  await registerWarranty({ recorder, website, inbox }, facts);
  const ticket = await website.requestReset(facts);

  // Past the automatic review time: the ticket is held, no temporary password yet.
  await inbox.button('Advance 10 minutes').click();
  await inbox.open();
  await expect(inbox.messages().filter({ hasText: new RegExp(`ticket ${ticket}`, 'i') })).toHaveCount(1);

  await desk.open();
  const row = desk.ticket(ticket);
  await expect(row).toContainText('Held for manual review');
  await row.getByRole('button', { name: `Open ticket ${ticket}` }).click();
  await expect(page.getByRole('img', { name: /info-screen\.png/ })).toBeVisible();
  await desk.button('Approve').click();
  await expect(row).toContainText('Approved');

  const temporary = await awaitTemporaryPassword(inbox, ticket, false);
  await logInAsAdmin(recorder, temporary);
  await changeAdminPassword(recorder, temporary, CHOSEN);
});
