/**
 * P2 (docs/reset-paths.md; seed 000) on LNR6108, only through accessible names, from a fresh world: the admin password is
 * forgotten; the customer registers the warranty (bill of sale = the order e-mail's receipt), reads the Device ID,
 * model, serial and displayed date from the recorder, submits Reset Device Password with photos, gets the ticket
 * e-mail, then after the review the temporary password, logs in as admin with it and changes it (Old Password = the
 * temporary password). A request written with the wrong displayed date gives a code the recorder refuses.
 */
import { expect, test } from './support/fixtures';
import {
  awaitTemporaryPassword,
  CHOSEN,
  changeAdminPassword,
  FORGOTTEN,
  logInAsAdmin,
  openRecorderWithForgottenPassword,
  registerWarranty,
} from './support/p2Walk';
import { readRecorder } from './support/worldPages';

function dayAfter(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

test('P2: a temporary password from the support website opens the recorder, and is changed', async ({
  page,
  recorder,
  website,
  inbox,
}) => {
  test.slow(); // a walk through several places on a shared, software-rendered machine
  await openRecorderWithForgottenPassword(recorder);
  const facts = await readRecorder(recorder);
  expect(facts.model).toBe('LNR6108');
  await registerWarranty({ recorder, website, inbox }, facts);
  const ticket = await website.requestReset(facts);
  const temporary = await awaitTemporaryPassword(inbox, ticket);
  expect(temporary).not.toBe(FORGOTTEN);

  await logInAsAdmin(recorder, temporary);
  await changeAdminPassword(recorder, temporary, CHOSEN);

  // The new password is the recorder's now (after a power cut, like a real one).
  await page.reload();
  await recorder.button('Advance 1 minute').click();
  await logInAsAdmin(recorder, CHOSEN);
  await expect(recorder.button('Settings')).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Change Password' })).toHaveCount(0);
});

test('P2: a request with the wrong displayed date gives a code the recorder refuses', async ({
  recorder,
  website,
  inbox,
}) => {
  test.slow(); // a walk through several places on a shared, software-rendered machine
  await openRecorderWithForgottenPassword(recorder);
  const facts = await readRecorder(recorder);
  await registerWarranty({ recorder, website, inbox }, facts);
  const ticket = await website.requestReset(facts, dayAfter(facts.displayedDate));
  const temporary = await awaitTemporaryPassword(inbox, ticket);

  await logInAsAdmin(recorder, temporary);
  await expect(recorder.alert).toHaveText(/Wrong user name or password/);
  await expect(recorder.button('Settings')).toHaveCount(0);
});
