/**
 * The steps of P2 (docs/reset-paths.md; seed 000, seed 001) shared by the P2 spec and the production-build network test: a
 * recorder whose admin password is forgotten, the warranty on the Support Website (bill of sale = the order e-mail's
 * receipt), the Reset Device Password request with what the recorder shows, the ticket e-mail, the review, the
 * temporary-password e-mail, and the recorder's side (log in as admin with it, Modify admin with Old Password = the
 * temporary password).
 */
import { expect } from '@playwright/test';
import type { PlaceFixtures } from './fixtures';
import type { RecorderPage } from './recorderPage';
import { CUSTOMER, goTo, InboxPage, purchaseDateFromOrder, readRecorder, type RecorderFacts } from './worldPages';

/** The places a P2 walk goes through. */
export type P2Places = Pick<PlaceFixtures, 'recorder' | 'website' | 'inbox'>;

/** A fixed start (a Monday morning) so the displayed date cannot roll over during a walk. */
export const P2_QUERY = '?model=LNR6108&speed=0&start=2026-03-02T09:00:00Z';
export const FORGOTTEN = 'Forgotten#1';
export const CHOSEN = 'Garden#2026';

/**
 * A fresh world whose recorder was initialized with a password the customer has since forgotten. `query` is the
 * query string of the configured server, or a full address.
 */
export async function openRecorderWithForgottenPassword(recorder: RecorderPage, query = P2_QUERY): Promise<void> {
  await recorder.start({ query, password: FORGOTTEN });
}

/** Signs in on the website and registers the recorder's warranty with the order e-mail's receipt. */
export async function registerWarranty({ website, inbox }: P2Places, facts: RecorderFacts): Promise<void> {
  const purchaseDate = await purchaseDateFromOrder(inbox);
  await website.signIn(CUSTOMER.email, CUSTOMER.password);
  await expect(website.page.getByText(/Signed in as Alex Morgan/)).toBeVisible();
  await website.activateWarranty(facts.model, facts.serial, purchaseDate);
}

/** The ticket e-mail at once, then (after the review) the temporary password. Returns the password. */
export async function awaitTemporaryPassword(inbox: InboxPage, ticket: number, advance = true): Promise<string> {
  const ticketMail = await inbox.read(new RegExp(`ticket ${ticket}.*password reset`, 'i'));
  expect(InboxPage.line(ticketMail, 'Ticket number')).toBe(String(ticket));
  if (advance) await inbox.button('Advance 10 minutes').click();
  const mail = await inbox.read(new RegExp(`ticket ${ticket}.*temporary password`, 'i'));
  expect(InboxPage.line(mail, 'Ticket number')).toBe(String(ticket));
  return InboxPage.line(mail, 'Temporary password');
}

/** Main Menu > log in as admin (LNR6108's login dialog). */
export async function logInAsAdmin(recorder: RecorderPage, password: string): Promise<void> {
  await goTo(recorder.page, 'Recorder');
  await recorder.waitForLiveView();
  await recorder.openMainMenuLogin();
  await recorder.logIn(password);
}

/**
 * After a log-in with the temporary password the recorder asks to change it ("Change Password": OK or Later).
 * `via: 'menu'` takes Later and the seed 001 path (Settings > System > Account > User > Modify admin); `via: 'prompt'`
 * takes OK, which opens the same dialog. Then Modify Password: Old = `old`, New = Confirm = `next`.
 */
export async function changeAdminPassword(
  recorder: RecorderPage,
  old: string,
  next: string,
  via: 'menu' | 'prompt' = 'menu',
): Promise<void> {
  const page = recorder.page;
  await expect(page.getByRole('dialog', { name: 'Change Password' })).toBeVisible();
  if (via === 'prompt') {
    await recorder.button('OK').click();
  } else {
    await recorder.button('Later').click();
    for (const item of ['Settings', 'System', 'Account', 'User']) await recorder.button(item).click();
    await recorder.button('Modify admin').click();
  }
  const dialog = page.getByRole('dialog', { name: 'Modify User' });
  await expect(dialog).toBeVisible();
  await page.getByRole('checkbox', { name: 'Modify Password' }).check();
  await recorder.field('Old Password').fill(old);
  await recorder.field('New Password').fill(next);
  await recorder.field('Confirm Password').fill(next);
  await recorder.button('OK').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Saved successfully.' })).toBeVisible();
}

/** The whole of P2, from a fresh world to the new password saved on the recorder. */
export async function walkP2(places: P2Places, query = P2_QUERY): Promise<void> {
  const { recorder, website, inbox } = places;
  await openRecorderWithForgottenPassword(recorder, query);
  const facts = await readRecorder(recorder);
  await registerWarranty(places, facts);
  const ticket = await website.requestReset(facts);
  const temporary = await awaitTemporaryPassword(inbox, ticket);
  await logInAsAdmin(recorder, temporary);
  await changeAdminPassword(recorder, temporary, CHOSEN);
}
