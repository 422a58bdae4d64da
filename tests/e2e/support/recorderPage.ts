/**
 * Page object for the bench, in the words of docs/accessible-names.md: every locator uses a role and an accessible name, as the
 * acceptance tests do (button, field: ./locators.ts).
 */
import { expect, type Locator } from '@playwright/test';
import { button, PageObject } from './locators';

/** How a test's recorder starts: the app opened with `query`, switched on and booted, then initialized with `password`. */
export interface RecorderStart {
  readonly query?: string;
  /** The admin password Device Initialization sets; without it the recorder is left on Device Initialization. */
  readonly password?: string;
}

export class RecorderPage extends PageObject {
  get screen(): Locator {
    return this.page.getByRole('application', { name: 'Recorder screen' });
  }

  get power(): Locator {
    return this.page.getByRole('button', { name: 'Power' });
  }

  /** The recorder's hardware under the monitor (its Info button shares its name with the Quick Menu's item). */
  get hardware(): Locator {
    return this.page.getByRole('region', { name: 'Recorder hardware' });
  }

  hardwareButton(name: 'Info' | 'USB' | 'Reset button' | 'Power'): Locator {
    return button(this.hardware, name);
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  /** Opens the app with the query string `query`, or at a full address (another server than the configured one). */
  async open(query = ''): Promise<void> {
    await this.page.goto(/^https?:/.test(query) ? query : `/${query}`);
    await expect(this.power).toBeVisible();
  }

  /** Switches the recorder on (if it is off) and skips the boot time. */
  async powerOnAndBoot(): Promise<void> {
    if ((await this.power.getAttribute('aria-pressed')) !== 'true') await this.power.click();
    await expect(this.power).toHaveAttribute('aria-pressed', 'true');
    await this.button('Advance 1 minute').click();
  }

  /** Opens the app, boots the recorder and, given a password, initializes it (to live view). */
  async start({ query = '', password }: RecorderStart = {}): Promise<void> {
    await this.open(query);
    await this.powerOnAndBoot();
    if (password !== undefined) await this.initialize(password);
  }

  async initialize(password: string): Promise<void> {
    await this.field('Password').fill(password);
    await this.field('Confirm Password').fill(password);
    await this.button('Next').click();
    await this.button('Finish').click();
    await this.waitForLiveView();
  }

  /** Live view is up (the clock shows); until then the recorder is still starting or saving. */
  async waitForLiveView(): Promise<void> {
    await expect(this.page.getByLabel('System Date')).toBeVisible();
  }

  /**
   * Advances simulated time a minute at a time until `target` shows: a restart begins only once the recorder's flash
   * write (IndexedDB, asynchronous) is durable, so a single advance may land before the boot has started.
   */
  async advanceUntilVisible(target: Locator, attempts = 5): Promise<void> {
    await expect(async () => {
      await this.button('Advance 1 minute').click();
      await expect(target).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: attempts * 3_000 });
  }

  /**
   * Presses the front panel's Info button until Info is open: right after a boot the recorder may still be writing
   * the boot's log entry behind live view, and ignores the button until it is done (a second press on Info does
   * nothing either).
   */
  async openInfoWithButton(): Promise<void> {
    await expect(async () => {
      await this.hardwareButton('Info').click();
      await expect(this.field('System Version')).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 10_000 });
  }

  async rightClickScreen(position = { x: 640, y: 360 }): Promise<void> {
    await this.screen.click({ button: 'right', position });
  }

  /**
   * Opens the Quick Menu with a right click and picks Main Menu. Like the Info button, the right click is ignored
   * while the recorder is still writing the boot's log entry behind live view, so it is repeated until the menu shows
   * (never while it shows: a second right click would close it).
   */
  async openMainMenuLogin(): Promise<void> {
    const mainMenu = this.page.getByRole('menuitem', { name: 'Main Menu' });
    await expect(async () => {
      if (!(await mainMenu.isVisible())) await this.rightClickScreen();
      await expect(mainMenu).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 10_000 });
    await mainMenu.click();
  }

  async logIn(password: string, user = 'admin'): Promise<void> {
    await this.field('User Name').fill(user);
    await this.field('Password').fill(password);
    await this.button('OK').click();
  }
}
