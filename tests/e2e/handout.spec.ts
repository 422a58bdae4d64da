/**
 * A scenario's printable handout (`/?handout=<id>`): the title, one "Step n" per step with the catalogue's
 * instruction and a drawn picture of the recorder's screen, the print button and print styles, the refusal of an
 * unknown id, and axe-core. One picture is compared pixel for pixel (update with
 * `npx playwright test handout --update-snapshots` after an intended change to what the OSD draws, and look at it).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { scenarioById } from '../../scenarios';

test.describe.configure({ timeout: 180_000 });

const scenario = scenarioById('p2-cloud')!;

async function openHandout(page: Page, query: string) {
  await page.goto(`/?handout${query}`);
  await page.waitForFunction(() => window.handoutReady !== undefined);
  await page.evaluate(() => window.handoutReady);
}

test('the p2-cloud handout has every step with its instruction and a drawn picture of the screen', async ({ page }) => {
  await openHandout(page, '=p2-cloud');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(scenario.title);
  await expect(page.getByText(scenario.problem)).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(
    `${scenario.steps.length} of ${scenario.steps.length} pictures drawn`,
  );
  const steps = page.getByRole('listitem');
  await expect(steps).toHaveCount(scenario.steps.length);
  for (const [index, step] of scenario.steps.entries()) {
    const item = steps.nth(index);
    await expect(item.getByRole('heading', { level: 2 })).toHaveText(`Step ${index + 1}`);
    await expect(item.getByText(step.instruction, { exact: true })).toBeVisible();
    await expect(item).toContainText(step.source);
    await expect(item).toContainText(`“${step.control.name}”`);
    const picture = item.getByRole('img', { name: `Recorder screen at step ${index + 1}`, exact: true });
    expect(
      await picture.evaluate((img: HTMLImageElement) => [img.complete, img.naturalWidth, img.naturalHeight]),
    ).toEqual([true, 1280, 720]);
  }
  // Each picture is the screen at its own step: step 1 opens Info from the live view.
  const source = (n: number) =>
    page.getByRole('img', { name: `Recorder screen at step ${n}`, exact: true }).getAttribute('src');
  expect(await source(1)).not.toBe(await source(2));
  await expect(page.getByRole('img', { name: 'Recorder screen at step 2', exact: true })).toHaveScreenshot(
    'p2-cloud-step-2.png',
  );
});

test('Print handout prints, and the printed page hides the button and fits the pictures to its width', async ({
  page,
}) => {
  await openHandout(page, '=p2-cloud');
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: 'Print handout', exact: true }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await page.setViewportSize({ width: 700, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print handout' })).toBeHidden();
  const box = await page.getByRole('img', { name: 'Recorder screen at step 1', exact: true }).boundingBox();
  expect(box!.width).toBeLessThanOrEqual(700);
  expect(box!.width).toBeGreaterThan(600);
});

test('an unknown id is refused, naming the nearest scenarios', async ({ page }) => {
  await openHandout(page, '=p2-clod');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('p2-clod');
  await expect(alert.getByRole('link', { name: 'p2-cloud', exact: true })).toHaveAttribute('href', '?handout=p2-cloud');
  await expect(page.getByRole('img')).toHaveCount(0);
});

test('?handout without an id lists every handout by family', async ({ page }) => {
  await openHandout(page, '');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scenario handouts');
  await page.getByRole('link', { name: `${scenario.title} (p2-cloud)` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(scenario.title);
});

test('axe-core finds no violations on a handout, the list and the refusal', async ({ page }) => {
  for (const query of ['=p2-cloud', '', '=nope']) {
    await openHandout(page, query);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    const found = results.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
    );
    expect(found, `?handout${query}`).toEqual([]);
  }
});
