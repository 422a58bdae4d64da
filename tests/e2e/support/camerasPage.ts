/**
 * Page object for the Cameras place, in the words of SPEC §6.2: per camera a region named by its title, with the
 * buttons "Reset button" and "Ethernet cable" (aria-pressed = plugged in) and the LED readable by the label "LED".
 */
import type { Locator, Page } from '@playwright/test';

export class CamerasPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Places' }).getByRole('link', { name: 'Cameras' }).click();
  }

  camera(title: string): Locator {
    return this.page.getByRole('region', { name: title });
  }

  reset(title: string): Locator {
    return this.camera(title).getByRole('button', { name: 'Reset button', exact: true });
  }

  cable(title: string): Locator {
    return this.camera(title).getByRole('button', { name: 'Ethernet cable', exact: true });
  }

  led(title: string): Locator {
    return this.camera(title).getByLabel('LED');
  }

  /** Advances simulated time without taking the focus from a button held with the keyboard. */
  async advanceKeepingFocus(label = 'Advance 1 minute'): Promise<void> {
    await this.page.getByRole('button', { name: label, exact: true }).dispatchEvent('click');
  }
}
