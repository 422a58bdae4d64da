/**
 * Keyboard-only navigation for e2e walks: Tab and the arrow keys move the focus until the wanted element has it.
 * Nothing here clicks, hovers or focuses programmatically: every step is a key press, as a keyboard user would do.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { RecorderPage } from './recorderPage';

const isFocused = (target: Locator): Promise<boolean> =>
  target.evaluate((element) => element === document.activeElement).catch(() => false);

/** Presses `key` until `target` has the focus; fails after `max` presses. */
export async function pressUntilFocused(page: Page, key: string, target: Locator, max = 60): Promise<void> {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < max; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

/** Tab (forwards) to `target`. */
export const tabTo = (page: Page, target: Locator, max = 60) => pressUntilFocused(page, 'Tab', target, max);

/** The remote's arrows (down) to `target`. */
export const arrowTo = (page: Page, target: Locator, max = 20) => pressUntilFocused(page, 'ArrowDown', target, max);

/** Escape (back one level) until live view shows, waiting for each level to close before the next press. */
export async function escapeToLiveView(recorder: RecorderPage): Promise<void> {
  await expect(async () => {
    await recorder.page.keyboard.press('Escape');
    await expect(recorder.field('System Date')).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}
