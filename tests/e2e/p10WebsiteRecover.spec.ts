/**
 * P10, the website way (docs/reset-paths.md; seed 000 "Method 2: Website"), through accessible names, from a fresh world:
 * Recover Password with the account's e-mail, the verification code from the inbox, a new password and the code,
 * Reset; then Sign In with the new password works and the old one is refused. A wrong code changes nothing.
 */
import { expect, test } from './support/fixtures';
import { CUSTOMER } from './support/worldPages';

const NEW_PASSWORD = 'Harbour#2027';

test('P10: Recover Password on the website, then sign in with the new password only', async ({
  page,
  website,
  inbox,
}) => {
  test.slow(); // a walk through several places on a shared, software-rendered machine
  await page.goto('/?speed=0&start=2026-03-02T09:00:00Z');
  await website.open();
  await website.link('My Account').click();
  await website.link('Recover Password').click();
  await website.field('Email').fill(CUSTOMER.email);
  await website.button('Recover').click();
  await expect(page.getByText('Check your e-mail for your verification code')).toBeVisible();

  const code = await inbox.readLine(/Recover your password/, 'Verification code');
  expect(code).toMatch(/^\d{6}$/);

  await website.open();
  await expect(website.field('Email')).toHaveValue(CUSTOMER.email);
  await website.field('New Password').fill(NEW_PASSWORD);
  const wrong = code === '000000' ? '111111' : '000000';
  await website.field('Verification Code').fill(wrong);
  await website.button('Reset').click();
  await expect(page.getByRole('alert')).toContainText('Verification Code');
  await expect(website.field('Verification Code')).toHaveAttribute('aria-invalid', 'true');

  await website.field('Verification Code').fill(code);
  await website.button('Reset').click();
  await expect(page.getByText('Your password was reset.')).toBeVisible();

  await website.signIn(CUSTOMER.email, CUSTOMER.password);
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(website.field('Password')).toHaveAttribute('aria-invalid', 'true');
  await website.field('Password').fill(NEW_PASSWORD);
  await website.button('Sign In').click();
  await expect(page.getByText(/Signed in as Alex Morgan/)).toBeVisible();
});
