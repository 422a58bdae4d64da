/**
 * Page object for the Mobile App place and the places it works with (SPEC §6.2 names only): the Places navigation,
 * the phone (region "Phone"), and reading a contract line (`Temporary password: <p>`, `Verification code: <6
 * digits>`) from the Email place. Only one place is visible at a time, so the app's Email field and the website's
 * never clash; locators still stay inside the phone where they can.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export const CUSTOMER_EMAIL = 'alex@example.com';
export const CUSTOMER_PASSWORD = 'Welcome#2026';

export type PlaceName = 'Recorder' | 'Cameras' | 'Support Website' | 'Email' | 'Mobile App' | 'Support Desk';

export async function goToPlace(page: Page, name: PlaceName): Promise<void> {
  await page.getByRole('navigation', { name: 'Places' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('main', { name })).toBeVisible();
}

/**
 * The value of the contract line `<name>: <value>` in the newest e-mail whose list item matches `subject` (the
 * inbox lists the newest first; each item opens its message in an article).
 */
export async function readEmailLine(
  page: Page,
  subject: RegExp,
  name: 'Temporary password' | 'Verification code',
): Promise<string> {
  await goToPlace(page, 'Email');
  const item = page.getByRole('list', { name: 'Messages' }).getByRole('listitem').filter({ hasText: subject }).first();
  await item.getByRole('button').click();
  const article = page.getByRole('article');
  await expect(article).toContainText(subject);
  const value = new RegExp(`^${name}: (\\S+)$`, 'm').exec(await article.innerText())?.[1];
  if (!value) throw new Error(`No "${name}:" line in the e-mail ${subject}`);
  return value;
}

export class MobileAppPage {
  constructor(readonly page: Page) {}

  get phone(): Locator {
    return this.page.getByRole('region', { name: 'Phone' });
  }

  field(label: string): Locator {
    return this.phone.getByLabel(label, { exact: true });
  }

  button(name: string): Locator {
    return this.phone.getByRole('button', { name, exact: true });
  }

  async open(): Promise<void> {
    await goToPlace(this.page, 'Mobile App');
    await expect(this.phone).toBeVisible();
  }

  async logIn(password = CUSTOMER_PASSWORD, email = CUSTOMER_EMAIL): Promise<void> {
    await this.field('Email').fill(email);
    await this.field('Password').fill(password);
    await this.button('Log In').click();
  }

  async expectLoggedIn(): Promise<void> {
    await expect(this.phone.getByRole('heading', { name: 'Devices' })).toBeVisible();
  }

  /** The device's row in the list (by model number or serial). */
  device(text: string): Locator {
    return this.phone.getByRole('listitem').filter({ hasText: text });
  }

  /** Device Info > Device Password of the device whose row shows `text`. */
  async openDevicePassword(text: string): Promise<void> {
    await this.device(text).getByRole('button', { name: 'Device Info' }).click();
    await this.button('Device Password').click();
  }
}
