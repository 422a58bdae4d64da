/**
 * axe-core over the bench page and over each screen of docs/architecture.md#the-osd as the overlay exposes it, so that a keyboard or
 * screen-reader user can use every one: live view, Quick Menu, login (and locked), the Main Menu and its tree, user
 * list, Modify, Add User, Info, System Log, Default and Factory Default confirmations, HDD and its format confirmation,
 * Upgrade with its progress, and recovery mode. Every check must report no violations (WCAG 2.x A/AA and best
 * practices).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { escapeToLiveView } from './support/keyboard';

// Each axe run takes seconds on a software-rendered, shared CPU; a walk runs a dozen.
test.describe.configure({ timeout: 180_000 });

const PASSWORD = 'Camera2026';
const WRONG = 'Wrong#1234';

/** Axe's findings on the whole page, as "rule: target" lines (empty when clean). */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} (${node.failureSummary ?? ''})`),
  );
}

async function expectAccessible(page: Page, screen: string): Promise<void> {
  expect(await violations(page), screen).toEqual([]);
}

test('the bench and the screens up to the Main Menu, including a locked login', async ({ page, recorder }) => {
  await recorder.open('?model=LNR6108&speed=0');
  await expectAccessible(page, 'bench while booting');
  await recorder.powerOnAndBoot();
  await expect(recorder.field('Confirm Password')).toBeVisible();
  await expectAccessible(page, 'Device Initialization');
  await recorder.initialize(PASSWORD);
  await expectAccessible(page, 'live view');

  await recorder.rightClickScreen();
  await expect(page.getByRole('menu', { name: 'Quick Menu' })).toBeVisible();
  await expectAccessible(page, 'Quick Menu');
  await page.getByRole('menuitem', { name: 'Main Menu' }).click();
  await expect(recorder.field('User Name')).toBeVisible();
  await expectAccessible(page, 'login');

  await recorder.logIn(WRONG);
  await expect(recorder.alert).toHaveText(/attempts? left/);
  await expectAccessible(page, 'login with a refusal');
  for (let attempt = 2; attempt <= 5; attempt++) await recorder.logIn(WRONG);
  await expect(recorder.alert).toContainText('locked');
  await expectAccessible(page, 'login locked');

  await recorder.button('Advance 1 hour').click();
  await recorder.logIn(PASSWORD);
  await expect(recorder.button('Settings')).toBeVisible();
  await expectAccessible(page, 'Main Menu');
});

test('the menu tree: users, Info, System Log, defaults, HDD', async ({ page, recorder }) => {
  await recorder.start({ query: '?model=LNR6108&speed=0', password: PASSWORD });
  await recorder.openMainMenuLogin();
  await recorder.logIn(PASSWORD);

  for (const item of ['Settings', 'System', 'Account']) {
    await recorder.button(item).click();
    await expectAccessible(page, `menu ${item}`);
  }
  await recorder.button('User').click();
  await expect(recorder.button('Modify admin')).toBeVisible();
  await expectAccessible(page, 'user list');

  await recorder.button('Modify admin').click();
  await page.getByRole('checkbox', { name: 'Modify Password' }).check();
  await recorder.field('Old Password').fill(PASSWORD);
  await recorder.field('New Password').fill('short');
  await recorder.field('Confirm Password').fill('short');
  await recorder.button('OK').click();
  await expect(recorder.alert).toBeVisible();
  await expectAccessible(page, 'Modify User with a refusal');
  await recorder.button('Cancel').click();

  await recorder.button('Add User').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page, 'Add User');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.keyboard.press('Escape'); // back to Account
  await page.keyboard.press('Escape'); // back to System
  // A confirmation's text is its description, and the live region says it with the dialog's name.
  const questions = {
    Default: /^Restore the default settings\? Users, passwords/,
    'Factory Default': /^Erase all settings, users and passwords, security questions/,
  } as const;
  for (const item of ['Default', 'Factory Default'] as const) {
    await recorder.button(item).click();
    await expect(page.getByRole('dialog', { name: item })).toBeVisible();
    await expect(page.getByRole('dialog', { name: item })).toHaveAccessibleDescription(questions[item]);
    // The live region has no role (aria-live only): found by its attribute.
    // It says the dialog's name, then its text.
    await expect(page.locator('.monitor [aria-live="polite"]')).toHaveText(
      new RegExp(`^${item}\\. ${questions[item].source.slice(1)}`),
    );
    await expectAccessible(page, `${item} confirmation`);
    await recorder.button('Cancel').click();
    await expect(page.getByRole('dialog')).toBeHidden();
  }

  await page.keyboard.press('Escape'); // back to Settings
  await recorder.button('Storage').click();
  await expect(recorder.button('Format HDD')).toBeVisible();
  await expectAccessible(page, 'HDD');
  await recorder.button('Format HDD').click();
  await expect(page.getByRole('dialog', { name: 'Format HDD' })).toHaveAccessibleDescription(
    'Formatting erases all recordings on the HDD. This cannot be undone. Settings and users are kept.',
  );
  await expectAccessible(page, 'Format HDD confirmation');
  await recorder.button('Cancel').click();

  await page.keyboard.press('Escape'); // back to Settings
  await page.keyboard.press('Escape'); // back to the Main Menu
  await recorder.screen.getByRole('button', { name: 'Info', exact: true }).click();
  await recorder.button('System Info').click();
  await expect(recorder.field('Device ID')).toBeVisible();
  await expectAccessible(page, 'System Info');
  await recorder.button('Log').click();
  await expect(recorder.button('Next Page')).toBeVisible();
  await expectAccessible(page, 'System Log');

  await escapeToLiveView(recorder);
  await recorder.rightClickScreen();
  await page.getByRole('menuitem', { name: 'Info' }).click();
  await expect(recorder.field('Device ID')).toBeVisible();
  await expectAccessible(page, 'Info');
});

test('Upgrade, its progress, and recovery mode after a power cut', async ({ page, recorder }) => {
  await recorder.start({ query: '?model=LNR6108&speed=0', password: PASSWORD });
  await recorder.hardwareButton('USB').click();
  await recorder.openMainMenuLogin();
  await recorder.logIn(PASSWORD);
  for (const item of ['Settings', 'System', 'Upgrade']) await recorder.button(item).click();
  await expect(recorder.button('Start Upgrade')).toBeVisible();
  await expectAccessible(page, 'Upgrade page');
  await recorder.button('Select LNR6108_V4.1.0.LX.260301.bin').click();
  await recorder.button('Start Upgrade').click();
  await expectAccessible(page, 'Upgrade confirmation');
  await recorder.button('OK').click();
  const upgrading = page.getByRole('dialog', { name: 'Upgrade' });
  await expect(upgrading.getByRole('button', { name: 'OK', exact: true })).toHaveCount(0);
  await expect(upgrading).not.toHaveAttribute('aria-busy', 'true');
  await expectAccessible(page, 'Upgrade progress');

  await page.reload();
  await recorder.button('Advance 1 minute').click();
  await expect(recorder.button('Recover')).toBeVisible();
  await expectAccessible(page, 'recovery mode');
});
