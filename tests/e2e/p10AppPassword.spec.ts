/**
 * P10 the app way, through accessible names only (docs/reset-paths.md, docs/accessible-names.md; seed 000 "Method 1: App"): Forgot Password in the
 * Mobile App (Email, New Password, Get Activation Code), the 6-digit code from the Email place, a wrong code
 * explained, Verification Code > OK; the old password is refused and the new one logs in, in the app and on the
 * Support Website (one account for both).
 */
import { expect, test } from './support/fixtures';
import { field, button, link } from './support/locators';
import type { MobileAppPage } from './support/mobileAppPage';
import { CUSTOMER, goTo } from './support/worldPages';

const NEW = 'Fresh#2027';

/** A fresh world, paused; the app's Forgot Password with the customer's e-mail and NEW, Get Activation Code. */
async function requestActivationCode(app: MobileAppPage): Promise<void> {
  await app.page.goto('/?speed=0');
  await app.open();
  await app.button('Forgot Password').click();
  await app.field('Email').fill(CUSTOMER.email);
  await app.field('New Password').fill(NEW);
  await app.button('Get Activation Code').click();
}

test('P10: the app account password is reset in the app, and the website takes the new one', async ({
  page,
  app,
  inbox,
}) => {
  await requestActivationCode(app);
  await expect(app.field('Verification Code')).toBeVisible();

  const code = await inbox.readLine(/Your activation code/, 'Verification code');
  expect(code).toMatch(/^\d{6}$/);
  await app.open();
  await app.field('Verification Code').fill(code === '000000' ? '111111' : '000000');
  await app.button('OK').click();
  await expect(app.field('Verification Code')).toHaveAttribute('aria-invalid', 'true');
  await app.field('Verification Code').fill(code);
  await app.button('OK').click();
  await expect(app.phone.getByRole('status')).toContainText('Your password was changed');

  await app.logIn(CUSTOMER.password);
  await expect(app.field('Password')).toHaveAttribute('aria-invalid', 'true');
  await app.logIn(NEW);
  await app.expectLoggedIn();

  await goTo(page, 'Support Website');
  const website = page.getByRole('main', { name: 'Support Website' });
  await link(website, 'My Account').click();
  const signIn = async (password: string) => {
    await field(website, 'Email').fill(CUSTOMER.email);
    await field(website, 'Password').fill(password);
    await button(website, 'Sign In').click();
  };
  await signIn(CUSTOMER.password);
  await expect(field(website, 'Password')).toHaveAttribute('aria-invalid', 'true');
  await signIn(NEW);
  await expect(website.getByText(/Signed in as Alex Morgan/)).toBeVisible();
});

test('P10: an expired activation code is explained, and a new one works', async ({ page, app, inbox }) => {
  await requestActivationCode(app);
  const first = await inbox.readLine(/Your activation code/, 'Verification code');

  // Codes are valid 10 simulated minutes (docs/invented-values.md).
  await page.getByRole('button', { name: 'Advance 10 minutes', exact: true }).click();
  await page.getByRole('button', { name: 'Advance 1 minute', exact: true }).click();
  await app.open();
  await app.field('Verification Code').fill(first);
  await app.button('OK').click();
  await expect(app.phone.getByRole('alert')).toContainText(/expired/i);

  await app.button('Get Activation Code').click();
  await expect(app.phone.getByRole('alert')).toHaveCount(0);
  let second = first;
  await expect(async () => {
    second = await inbox.readLine(/Your activation code/, 'Verification code');
    expect(second).not.toBe(first);
  }).toPass({ timeout: 15_000 });
  await app.open();
  await app.field('Verification Code').fill(second);
  await app.button('OK').click();
  await expect(app.phone.getByRole('status')).toContainText('Your password was changed');
  await app.logIn(NEW);
  await app.expectLoggedIn();
});
