/**
 * axe-core finds no violations in the Support Website (the Reset Device Password form showing its refusals), the
 * Email inbox (a message open, its attachment shown) and the Support Desk (the queue, the phone form, the card).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { CUSTOMER } from './support/worldPages';

async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).include('#place').analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

test('the Support Website, Email and Support Desk pass axe-core', async ({ page, website, inbox, desk }) => {
  test.slow();
  await page.goto('/?speed=0&start=2026-03-02T09:00:00Z');
  await website.signIn(CUSTOMER.email, CUSTOMER.password);
  await website.link('Reset Device Password').click();
  await website.field('Device ID').fill('not a device id');
  await website.button('Submit').click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(website.field('Device ID')).toHaveAttribute('aria-invalid', 'true');
  await expectNoViolations(page);

  await inbox.read(/Your order .* is confirmed/);
  await expect(page.getByRole('article').getByRole('img')).toBeVisible();
  await expectNoViolations(page);

  await desk.open();
  await desk.button('Issue temporary password').click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page);
});
