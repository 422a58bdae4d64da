/**
 * P3 (SPEC §3; seeds 001, 004) on LNR6108, through accessible names, from a fresh world: the customer phones support
 * and reads out what the recorder shows; the trainer types it into the Support Desk's Phone call form and reads the
 * temporary password out (it is e-mailed too); the customer logs in as admin with it and changes it. And with the
 * desk's Manual review on, a website ticket waits (no temporary password after the automatic review time) until the
 * trainer approves it by hand.
 */
import { expect, test } from '@playwright/test';
import {
  awaitTemporaryPassword,
  CHOSEN,
  changeAdminPassword,
  logInAsAdmin,
  openRecorderWithForgottenPassword,
  registerWarranty,
} from './support/p2Walk';
import { goTo, InboxPage, readRecorder } from './support/worldPages';

test('P3: the Support Desk takes the call and issues a temporary password that opens the recorder', async ({
  page,
}) => {
  test.slow(); // a walk through several places on a shared, software-rendered machine
  const recorder = await openRecorderWithForgottenPassword(page);
  const facts = await readRecorder(recorder);

  await goTo(page, 'Support Desk');
  const field = (label: string) => page.getByLabel(label, { exact: true });
  await field('First Name').fill('Alex');
  await field('Last Name').fill('Morgan');
  await field('Phone Number').fill('555-0142');
  await field('Model Number').fill(facts.model);
  await field('Device ID').fill(facts.deviceId);
  await field('Serial Number (S/N)').fill(facts.serial);
  await field('Date Displayed on Device').fill(facts.displayedDate);
  await page.getByRole('button', { name: 'Issue temporary password', exact: true }).click();
  const readOut = page.getByRole('status').filter({ hasText: 'Read out to the caller' });
  await expect(readOut).toBeVisible();
  const spoken = /temporary password (\S+),/.exec((await readOut.textContent()) ?? '')?.[1] ?? '';
  const ticket = Number(/Ticket number: (\d+)/.exec((await readOut.textContent()) ?? '')?.[1]);
  await expect(page.getByRole('row', { name: new RegExp(`${ticket}`) })).toContainText('Phone');

  // The same password is e-mailed.
  const mail = await new InboxPage(page).read(new RegExp(`ticket ${ticket}.*temporary password`, 'i'));
  expect(InboxPage.line(mail, 'Temporary password')).toBe(spoken);

  await logInAsAdmin(recorder, spoken);
  await changeAdminPassword(recorder, spoken, CHOSEN, 'prompt');
});

test('P3: with Manual review on, a website ticket waits until the desk approves it', async ({ page }) => {
  test.slow(); // a walk through several places on a shared, software-rendered machine
  const recorder = await openRecorderWithForgottenPassword(page);
  const facts = await readRecorder(recorder);

  await goTo(page, 'Support Desk');
  const manualReview = page.getByRole('switch', { name: 'Manual review' });
  await manualReview.check();
  await expect(manualReview).toBeChecked();

  const website = await registerWarranty(page, facts);
  const ticket = await website.requestReset(facts);

  // Past the automatic review time: the ticket is held, no temporary password yet.
  await page.getByRole('button', { name: 'Advance 10 minutes', exact: true }).click();
  const inbox = new InboxPage(page);
  await inbox.open();
  await expect(inbox.messages().filter({ hasText: new RegExp(`ticket ${ticket}`, 'i') })).toHaveCount(1);

  await goTo(page, 'Support Desk');
  const row = page.getByRole('row', { name: new RegExp(`${ticket}`) });
  await expect(row).toContainText('Held for manual review');
  await row.getByRole('button', { name: `Open ticket ${ticket}` }).click();
  await expect(page.getByRole('img', { name: /info-screen\.png/ })).toBeVisible();
  await page.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(row).toContainText('Approved');

  const temporary = await awaitTemporaryPassword(page, ticket, false);
  await logInAsAdmin(recorder, temporary);
  await changeAdminPassword(recorder, temporary, CHOSEN);
});
