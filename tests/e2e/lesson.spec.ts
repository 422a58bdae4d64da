/**
 * Scenarios and lessons in the browser (docs/scenarios.md), only through accessible names: a link opens a scenario
 * at a step, the lesson panel guides and checks it (automatic advance, Show me, Restart step, a reload resumes),
 * assessment mode lists a wrong try, the embed posts its messages to the host page, and axe finds nothing on the panel and the picker.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

test.describe.configure({ timeout: 180_000 });

const OWNER = 'Camera2026';
const stepStatus = (page: Page) => page.locator('.lesson-step');

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include('.lesson-panel')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
}

test('a first visit shows the scenario picker beside the recorder; a link opens the scenario', async ({
  page,
  recorder,
}) => {
  await recorder.open('?speed=0');
  const picker = page.getByRole('complementary', { name: 'Practise a reset' });
  await expect(picker).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await picker
    .getByRole('combobox', { name: 'Scenario' })
    .selectOption({ label: 'My recorder says the account is locked' });
  await picker.getByRole('button', { name: 'Open scenario' }).click();
  await expect(page.getByRole('heading', { name: 'My recorder says the account is locked' })).toBeVisible();
  await expect(stepStatus(page)).toHaveText('Step 1 of 3');
  // The link described the new world: it leaves the address, so a reload resumes instead of starting again.
  await expect(page).not.toHaveURL(/scenario=/);
});

test('P11 opened at step 3: the steps before replayed, Show me outlines the overlay control, Restart step restores, a reload resumes', async ({
  page,
  recorder,
}) => {
  await recorder.open('?scenario=p11-cloud&step=3&speed=0');
  await expect(stepStatus(page)).toHaveText('Step 3 of 3');
  // Steps 1 and 2 were replayed: the recorder is on, and its login dialog is open.
  await expect(recorder.screen.getByRole('textbox', { name: 'User Name' })).toBeVisible();

  await page.getByRole('button', { name: 'Show me' }).click();
  const password = recorder.screen.getByRole('textbox', { name: 'Password' });
  await expect(password).toHaveClass(/show-me/);

  await page.getByRole('button', { name: 'Hint' }).click();
  await expect(page.getByText(/^Hint: /)).toBeVisible();

  // A reload is a power cut: the lesson resumes at the same step.
  await page.reload();
  await expect(stepStatus(page)).toHaveText('Step 3 of 3');
  await recorder.advanceUntilVisible(page.getByLabel('System Date'));
  await recorder.openMainMenuLogin();

  // A wrong password, then Restart step: the world is as the step began (the login open, no alert, nothing typed).
  await recorder.logIn('Wrong#1234');
  await expect(recorder.alert.filter({ hasText: 'Wrong user name or password' })).toBeVisible();
  await page.getByRole('button', { name: 'Restart step' }).click();
  await expect(stepStatus(page)).toHaveText('Step 3 of 3');
  await expect(recorder.screen.getByRole('textbox', { name: 'Password' })).toHaveValue('');
  await expect(page.getByRole('alert').filter({ hasText: 'Wrong user name' })).toHaveCount(0);
  // A power cut right after Restart step (perhaps while the steps before are replayed): the lesson is still there,
  // and the recorder boots again.
  await page.getByRole('button', { name: 'Restart step' }).click();
  await page.reload();
  await expect(stepStatus(page)).toHaveText('Step 3 of 3');
  await recorder.advanceUntilVisible(page.getByLabel('System Date'));
  await recorder.openMainMenuLogin();

  await recorder.logIn(OWNER);
  await expect(stepStatus(page)).toHaveText('Scenario complete: all 3 steps done.');
  expect(await axe(page)).toEqual([]);
  // Restart scenario: a fresh world at step 1, the recorder's login locked again.
  await page.getByRole('button', { name: 'Restart scenario' }).click();
  await expect(stepStatus(page)).toHaveText('Step 1 of 3');
  await expect(page.getByText('Switch the recorder off and on again', { exact: false })).toBeVisible();
  await expect(recorder.alert.filter({ hasText: 'The account is locked.' }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Free play' }).click();
  await expect(page.getByRole('complementary', { name: 'Practise a reset' })).toBeVisible();
});

test('an unknown scenario gets a notice naming the nearest ids, and the bench opens as usual', async ({
  page,
  recorder,
}) => {
  await recorder.open('?scenario=p2-clod&speed=0');
  await expect(
    page.getByRole('status').filter({ hasText: 'Unknown scenario "p2-clod". Nearest: p2-cloud' }),
  ).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Practise a reset' })).toBeVisible();
});

test('assessment mode: no hints; the result lists the wrong try and exports as JSON', async ({ page, recorder }) => {
  await recorder.open('?scenario=p11-cloud&step=2&mode=assess&speed=0');
  await expect(page.getByText('Assessment: no hints')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hint' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Show me' })).toHaveCount(0);
  await recorder.openMainMenuLogin();
  await recorder.logIn('Wrong#1234');
  await expect(recorder.alert.filter({ hasText: 'Wrong user name or password' })).toBeVisible();
  await recorder.logIn(OWNER);
  const items = page.getByRole('list', { name: 'Assessment items' });
  await expect(items.getByText(/Not passed: No wrong tries\. The recorder refused input once\./)).toBeVisible();
  await expect(items.getByText(/Passed: Goal reached/)).toBeVisible();
  // Print result prints (the browser's print, stubbed here, is what the button calls).
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: 'Print result' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export result' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('assessment-p11-cloud.json');
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const result = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  expect(result).toMatchObject({
    format: 'recorder-simulator/assessment',
    scenarioId: 'p11-cloud',
    passed: false,
    wrongTries: 1,
  });
  expect(await axe(page)).toEqual([]);
});

test('embedded in a help article, the lesson posts step-completed and scenario-completed to the host page', async ({
  page,
}) => {
  await page.goto('/embed-example.html');
  const frame = page.frameLocator('iframe[title="Recorder Simulator lesson"]');
  const screen = frame.getByRole('application', { name: 'Recorder screen' });
  await expect(frame.locator('.lesson-step')).toHaveText('Step 1 of 3');
  await expect(frame.getByRole('heading', { name: 'Recorder Simulator' })).toBeHidden();
  await frame.getByRole('button', { name: 'Power' }).click();
  await frame.getByRole('button', { name: 'Power' }).click();
  await expect(async () => {
    await frame.getByRole('button', { name: 'Advance 1 minute' }).click();
    await expect(frame.locator('.lesson-step')).toHaveText('Step 2 of 3', { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  const events = page.getByRole('list', { name: 'Lesson events' });
  await expect(events.getByText('step-completed: p11-cloud step 1 of 3')).toBeVisible();
  const mainMenu = frame.getByRole('menuitem', { name: 'Main Menu' });
  await expect(async () => {
    if (!(await mainMenu.isVisible())) await screen.click({ button: 'right', position: { x: 200, y: 200 } });
    await expect(mainMenu).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await mainMenu.click();
  await frame.getByRole('textbox', { name: 'User Name' }).fill('admin');
  await frame.getByRole('textbox', { name: 'Password' }).fill(OWNER);
  await frame.getByRole('button', { name: 'OK' }).click();
  await expect(events.getByText('scenario-completed: p11-cloud (passed)')).toBeVisible();
  await expect(events.getByRole('listitem')).toHaveCount(4);
});

test('the scenarios page: by problem and by recorder, with each recorder’s picture and where its model number is', async ({
  page,
}) => {
  await page.goto('/?scenarios');
  await expect(page.getByRole('heading', { name: 'Recorder Simulator scenarios', level: 1 })).toBeVisible();
  const recorder = page.getByRole('region', { name: 'D841A82B scenarios' });
  await expect(recorder.getByRole('img', { name: 'D841A82B from the front' })).toBeVisible();
  const sticker = recorder.getByRole('img', { name: 'D841A82B information sticker' });
  await expect(sticker).toBeVisible();
  await expect(sticker.getByText('Model: D841A82B')).toBeVisible();
  await expect(recorder.getByText(/the model number is on the sticker, on the line .Model./)).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`))).toEqual([]);
  await recorder.getByRole('link').first().click();
  await expect(stepStatus(page)).toHaveText(/^Step 1 of \d+$/);
  await expect(page.getByRole('button', { name: 'Power' })).toBeVisible();
});
