/**
 * Page object for the Mobile App place (docs/accessible-names.md names only): the phone (region "Phone"). Only one place is visible
 * at a time, so the app's Email field and the website's never clash; its locators still stay inside the phone.
 */
import { expect, type Locator } from '@playwright/test';
import { PageObject, type Scope } from './locators';
import { CUSTOMER, goTo } from './worldPages';

export class MobileAppPage extends PageObject {
  get phone(): Locator {
    return this.page.getByRole('region', { name: 'Phone' });
  }

  protected override get scope(): Scope {
    return this.phone;
  }

  async open(): Promise<void> {
    await goTo(this.page, 'Mobile App');
    await expect(this.phone).toBeVisible();
  }

  async logIn(password: string = CUSTOMER.password, email: string = CUSTOMER.email): Promise<void> {
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
