/**
 * P5 in the browser, through accessible names only (docs/reset-paths.md, docs/accessible-names.md; domain research §6b, KB-N831): the N831A81
 * (family `connect`). Forgot Password on the login dialog asks the three security questions; after three wrong
 * answers the recorder shows a 6-digit app verification code (read from the Recorder screen's overlay); the owner
 * types it in the Mobile App (Device Info > Device Password > Verification Code > OK) and sets the new password on
 * the recorder.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { goTo } from './support/worldPages';
import type { RecorderPage } from './support/recorderPage';

const FORGOTTEN = 'Camera2026';
const NEW = 'Found#2027';
const ANSWERS = ['Rex', 'Springfield', 'Maple'];

test.use({ recorderStart: { query: '?model=N831A81&speed=0' } });

async function initializeConnect(recorder: RecorderPage): Promise<void> {
  await recorder.field('Password').fill(FORGOTTEN);
  await recorder.field('Confirm Password').fill(FORGOTTEN);
  await recorder.button('Next').click();
  for (const [index, answer] of ANSWERS.entries()) await recorder.field(`Answer ${index + 1}`).fill(answer);
  await recorder.button('Next').click();
  await recorder.button('Finish').click();
  await recorder.waitForLiveView();
}

/** The recorder's Password Recovery, after three wrong answers: the code it shows for the app. */
async function failQuestionsAndReadCode(page: Page, recorder: RecorderPage): Promise<string> {
  await recorder.openMainMenuLogin();
  await recorder.button('Forgot Password').click();
  for (let attempt = 0; attempt < 3; attempt++) {
    await recorder.field('Answer').fill(`wrong answer ${attempt}`);
    await recorder.button('OK').click();
    // The answer is checked (busy) before the next question or the app verification shows.
    await expect(page.getByRole('dialog', { name: 'Password Recovery' })).not.toHaveAttribute('aria-busy', 'true');
  }
  const code = recorder.screen.getByLabel('Verification Code', { exact: true });
  await expect(code).toHaveText(/^\d{6}$/);
  return (await code.textContent())!;
}

test('P5: the N831A81 is unlocked through the app after the security questions fail', async ({
  page,
  recorder,
  app,
}) => {
  await initializeConnect(recorder);
  const code = await failQuestionsAndReadCode(page, recorder);

  await app.open();
  await app.logIn();
  await app.expectLoggedIn();
  await app.openDevicePassword('N831A81');
  await expect(app.button('Forgot device password')).toHaveCount(0);
  await app.field('Verification Code').fill(code);
  await app.button('OK').click();
  await expect(app.phone.getByRole('status')).toContainText('The recorder accepted the code');

  await goTo(page, 'Recorder');
  await recorder.field('New Password').fill(NEW);
  await recorder.field('Confirm Password').fill(NEW);
  await recorder.button('OK').click();
  await expect(page.getByRole('status').filter({ hasText: 'The admin password was reset' })).toBeVisible();
  await recorder.logIn(FORGOTTEN);
  await expect(recorder.alert).toHaveText(/Wrong user name or password/);
  await recorder.logIn(NEW);
  await expect(recorder.button('System')).toBeVisible();
});

test('P5: a wrong code typed in the app does not unlock the recorder', async ({ page, recorder, app }) => {
  await initializeConnect(recorder);
  const code = await failQuestionsAndReadCode(page, recorder);
  const wrong = code === '000000' ? '111111' : '000000';

  await app.open();
  await app.logIn();
  await app.openDevicePassword('N831A81');
  await app.field('Verification Code').fill(wrong);
  await app.button('OK').click();
  await expect(app.phone.getByRole('alert')).toContainText('The recorder refused the code');

  await goTo(page, 'Recorder');
  await expect(recorder.screen.getByLabel('Verification Code', { exact: true })).toHaveText(code);
  await expect(recorder.field('New Password')).toHaveCount(0);
});
