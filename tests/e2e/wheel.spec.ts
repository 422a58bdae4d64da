/**
 * The mouse wheel over the Recorder screen pages the System Log (docs/architecture.md#the-osd "wheel scrolls lists"): down to older
 * entries, up to newer ones, one page per notch, and the page itself does not scroll.
 */
import { expect, test } from './support/fixtures';

// Many steps on a shared, software-rendered machine: more than the default 30 s.
test.describe.configure({ timeout: 90_000 });

const PASSWORD = 'Camera2026';

test.use({ recorderStart: { query: '?model=LNR6108&speed=0', password: PASSWORD } });

test('the wheel pages the System Log', async ({ page, recorder }) => {
  await recorder.openMainMenuLogin();
  // Wrong passwords for three unknown names (4 each, below any lock) fill the log past one page of 10.
  for (const name of ['ann', 'bob', 'cy'])
    for (let attempt = 0; attempt < 4; attempt++) {
      await recorder.logIn('Wrong#1234', name);
      await expect(recorder.alert).toBeVisible();
    }
  await recorder.logIn(PASSWORD);
  await recorder.screen.getByRole('button', { name: 'Info', exact: true }).click();
  await recorder.button('Log').click();
  const pageNumber = page.getByLabel('Page', { exact: true });
  await expect(pageNumber).toHaveText('1 / 2');

  await recorder.screen.hover({ position: { x: 640, y: 400 } });
  const scrollY = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 100);
  await expect(pageNumber).toHaveText('2 / 2');
  await page.mouse.wheel(0, 100);
  await expect(pageNumber).toHaveText('2 / 2');
  await page.mouse.wheel(0, -100);
  await expect(pageNumber).toHaveText('1 / 2');
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
});
