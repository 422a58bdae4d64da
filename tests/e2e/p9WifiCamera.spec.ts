/**
 * P9 in the browser, through accessible names only (docs/reset-paths.md, docs/invented-values.md, docs/accessible-names.md; seed 000): the Wi-Fi camera has no password to
 * reset. Its Reset button held 10 s plays a chime (through Web Audio: AudioContext is spied on before the app loads)
 * and its LED flashes green; the Mobile App's Add New Device then finds it in pairing mode and adds it again: it is in
 * the device list and its LED is back to normal.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { goTo } from './support/worldPages';

/** Counts Web Audio contexts and started sound sources (oscillators, buffers) in the page. */
async function spyOnWebAudio(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const audit = { contexts: 0, sounds: 0 };
    Object.assign(window, { __webAudio: audit });
    const Original = window.AudioContext;
    if (Original) {
      window.AudioContext = class extends Original {
        constructor(...args: ConstructorParameters<typeof AudioContext>) {
          super(...args);
          audit.contexts++;
        }
      };
    }
    const start = AudioScheduledSourceNode.prototype.start;
    AudioScheduledSourceNode.prototype.start = function (this: AudioScheduledSourceNode, ...args: [number?]) {
      audit.sounds++;
      return start.apply(this, args);
    };
  });
}

const webAudio = (page: Page) =>
  page.evaluate(() => (window as unknown as { __webAudio: { contexts: number; sounds: number } }).__webAudio);

test('P9: the reset Wi-Fi camera chimes, flashes green, and is added again from the app', async ({ page, app }) => {
  await spyOnWebAudio(page);
  await page.goto('/?speed=0');
  await goTo(page, 'Cameras');
  const camera = page.getByRole('main', { name: 'Cameras' }).getByRole('region', { name: /W462AQC/ });
  const led = camera.getByLabel('LED', { exact: true });
  await expect(led).not.toHaveText(/flashing/i);

  // Held with Space while simulated time passes (a click on Advance would take the focus and let go of the button).
  const reset = camera.getByRole('button', { name: 'Reset button', exact: true });
  await reset.focus();
  await page.keyboard.down(' ');
  await page.getByRole('button', { name: 'Advance 1 minute', exact: true }).dispatchEvent('click');
  await expect(led).toHaveText(/flashing green/i);
  await page.keyboard.up(' ');
  await expect(camera.getByText(/chime/i)).toBeVisible();
  const audio = await webAudio(page);
  expect(audio.contexts).toBeGreaterThan(0);
  expect(audio.sounds).toBeGreaterThan(0);

  await app.open();
  await app.logIn();
  await app.expectLoggedIn();
  await app.button('Add New Device').click();
  await app.phone.getByRole('button', { name: /^Add W462AQC / }).click();
  await expect(app.phone.getByRole('status')).toContainText('Added W462AQC');
  await expect(app.device('W462AQC').getByRole('button', { name: 'Device Info' })).toBeVisible();

  await goTo(page, 'Cameras');
  await expect(led).not.toHaveText(/flashing/i);
});

test('P9: Add New Device finds nothing while no camera is in pairing mode', async ({ page, app }) => {
  await page.goto('/?speed=0');
  await app.open();
  await app.logIn();
  await app.button('Add New Device').click();
  await expect(app.phone.getByText(/no device in pairing mode/)).toBeVisible();
  await expect(app.phone.getByRole('button', { name: /^Add W462AQC / })).toHaveCount(0);
});
