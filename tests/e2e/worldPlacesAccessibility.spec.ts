/**
 * axe-core finds no violations in the Support Website (the Reset Device Password form showing its refusals), the
 * Email inbox (a message open, its attachment shown) and the Support Desk (the queue, the phone form, the card).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { CUSTOMER, goTo, InboxPage, WebsitePage } from './support/worldPages';

async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).include('#place').analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

test('the Support Website, Email and Support Desk pass axe-core', async ({ page }) => {
  test.slow();
  await page.goto('/?speed=0&start=2026-03-02T09:00:00Z');
  const website = new WebsitePage(page);
  await website.signIn(CUSTOMER.email, CUSTOMER.password);
  await website.link('Reset Device Password').click();
  await website.field('Device ID').fill('not a device id');
  await website.button('Submit').click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(website.field('Device ID')).toHaveAttribute('aria-invalid', 'true');
  await expectNoViolations(page);

  await new InboxPage(page).read(/Your order .* is confirmed/);
  await expect(page.getByRole('article').getByRole('img')).toBeVisible();
  await expectNoViolations(page);

  await goTo(page, 'Support Desk');
  await page.getByRole('button', { name: 'Issue temporary password', exact: true }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page);
});
