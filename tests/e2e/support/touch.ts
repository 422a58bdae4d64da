/**
 * Touch-only input for e2e walks: taps (Playwright's tap, touch events through the DevTools protocol), a long press
 * (a touch held still for LONG_HOLD_MS, then lifted), and typing on the recorder's own on-screen keyboard by tapping
 * its keys, as a person at a touch screen does. No mouse event is sent.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { button } from './locators';

/** Longer than the app's LONG_PRESS_MS (500 ms), as a person's long press is. */
export const LONG_HOLD_MS = 900;

/** Holds a finger on the middle of `target` for `holdMs`, then lifts it. */
export async function longPress(page: Page, target: Locator, holdMs = LONG_HOLD_MS): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error('The long-press target is not on the page.');
  const point = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  // The hold is real time on purpose: the long press is measured by the browser's clock, not the simulation's.
  await page.waitForTimeout(holdMs);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

const SYMBOLS = new Set('!@#$%^&*()-_=+[]{}\\|;:\'",.<>/?`~');

/** Types `text` by tapping the keys of the recorder's on-screen keyboard (it must be open). */
export async function tapOnScreenKeyboard(page: Page, text: string): Promise<void> {
  const keyboard = page.getByRole('region', { name: 'On-screen keyboard' });
  await expect(keyboard).toBeVisible();
  const key = (name: string) => button(keyboard, name);
  for (const character of text) {
    const symbol = SYMBOLS.has(character);
    const onSymbols = (await key('ABC').count()) > 0;
    if (symbol !== onSymbols) await key(onSymbols ? 'ABC' : '#+=').tap();
    if (!symbol && /[a-z]/i.test(character)) {
      const shifted = (await key('Shift').getAttribute('aria-current')) === 'true';
      if (shifted !== (character !== character.toLowerCase())) await key('Shift').tap();
    }
    await key(character).tap();
  }
}

/**
 * Taps a text field (which opens the on-screen keyboard), erases what it holds with the keyboard's Backspace, types
 * `text` on it, and closes it with its Enter key.
 */
export async function tapType(page: Page, field: Locator, text: string): Promise<void> {
  await field.tap();
  const keyboard = page.getByRole('region', { name: 'On-screen keyboard' });
  await expect(keyboard).toBeVisible();
  for (let left = (await field.inputValue()).length; left > 0; left--) await button(keyboard, 'Backspace').tap();
  await expect(field).toHaveValue('');
  await tapOnScreenKeyboard(page, text);
  await button(keyboard, 'Enter').tap();
  await expect(keyboard).toBeHidden();
  await expect(field).toHaveValue(text);
}
