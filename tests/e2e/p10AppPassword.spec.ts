/**
 * P10 the app way, through accessible names only (SPEC §3, §6.2; seed 000 "Method 1: App"): Forgot Password in the
 * Mobile App (Email, New Password, Get Activation Code), the 6-digit code from the Email place, a wrong code
 * explained, Verification Code > OK; the old password is refused and the new one logs in, in the app and on the
 * Support Website (one account for both).
 */
import { expect, test, type Page } from '@playwright/test';
import { CUSTOMER_EMAIL, CUSTOMER_PASSWORD, MobileAppPage, goToPlace, readEmailLine } from './support/mobileAppPage';

const NEW = 'Fresh#2027';

/** A fresh world, paused; the app's Forgot Password with the customer's e-mail and NEW, Get Activation Code. */
async function requestActivationCode(page: Page): Promise<MobileAppPage> {
  await page.goto('/?speed=0');
  const app = new MobileAppPage(page);
  await app.open();
  await app.button('Forgot Password').click();
  await app.field('Email').fill(CUSTOMER_EMAIL);
  await app.field('New Password').fill(NEW);
  await app.button('Get Activation Code').click();
  return app;
}

test('P10: the app account password is reset in the app, and the website takes the new one', async ({ page }) => {
  const app = await requestActivationCode(page);
  await expect(app.field('Verification Code')).toBeVisible();

  const code = await readEmailLine(page, /Your activation code/, 'Verification code');
  expect(code).toMatch(/^\d{6}$/);
  await app.open();
  await app.field('Verification Code').fill(code === '000000' ? '111111' : '000000');
  await app.button('OK').click();
  await expect(app.field('Verification Code')).toHaveAttribute('aria-invalid', 'true');
  await app.field('Verification Code').fill(code);
  await app.button('OK').click();
  await expect(app.phone.getByRole('status')).toContainText('Your password was changed');

  await app.logIn(CUSTOMER_PASSWORD);
  await expect(app.field('Password')).toHaveAttribute('aria-invalid', 'true');
  await app.logIn(NEW);
  await app.expectLoggedIn();

  await goToPlace(page, 'Support Website');
  const website = page.getByRole('main', { name: 'Support Website' });
  await website.getByRole('link', { name: 'My Account', exact: true }).click();
  const signIn = async (password: string) => {
    await website.getByLabel('Email', { exact: true }).fill(CUSTOMER_EMAIL);
    await website.getByLabel('Password', { exact: true }).fill(password);
    await website.getByRole('button', { name: 'Sign In', exact: true }).click();
  };
  await signIn(CUSTOMER_PASSWORD);
  await expect(website.getByLabel('Password', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await signIn(NEW);
  await expect(website.getByText(/Signed in as Alex Morgan/)).toBeVisible();
});

test('P10: an expired activation code is explained, and a new one works', async ({ page }) => {
  const app = await requestActivationCode(page);
  const first = await readEmailLine(page, /Your activation code/, 'Verification code');

  // Codes are valid 10 simulated minutes (SPEC §5).
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
    second = await readEmailLine(page, /Your activation code/, 'Verification code');
    expect(second).not.toBe(first);
  }).toPass({ timeout: 15_000 });
  await app.open();
  await app.field('Verification Code').fill(second);
  await app.button('OK').click();
  await expect(app.phone.getByRole('status')).toContainText('Your password was changed');
  await app.logIn(NEW);
  await app.expectLoggedIn();
});
