/**
 * P1 with the keyboard only, as a keyboard or screen-reader user works: no mouse event at all. Tab moves between the
 * bench's controls and the Recorder screen's overlay controls, the arrows move the recorder's highlight (the focus
 * follows it), Enter and Space press, Shift+F10 is the right click (Quick Menu), Backspace erases in a field, Escape
 * goes back.
 */
import { expect, test } from './support/fixtures';
import { arrowTo, escapeToLiveView, tabTo } from './support/keyboard';

// Many steps on a shared, software-rendered machine: more than the default 30 s.
test.describe.configure({ timeout: 90_000 });

const FIRST = 'Camera2026';
const NEW = 'Lorex#2027';

test('P1 by keyboard only: initialize, open the Main Menu, change the admin password', async ({ page, recorder }) => {
  const keys = page.keyboard;
  // A mouse event anywhere fails the walk.
  await page.addInitScript(() => {
    for (const type of ['mousedown', 'mouseup', 'click', 'contextmenu', 'pointerdown'])
      window.addEventListener(
        type,
        (event) => {
          if ((event as MouseEvent).detail > 0 || type !== 'click') (window as { mouseUsed?: string }).mouseUsed = type;
        },
        true,
      );
  });
  await recorder.open('?model=LNR6108&speed=0');
  await expect(recorder.power).toHaveAttribute('aria-pressed', 'true');
  // The first Tab reaches the skip link, visible while focused; Enter puts the focus on the Recorder screen.
  await keys.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content', exact: true });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await keys.press('Enter');
  await expect(recorder.screen).toBeFocused();
  await tabTo(page, recorder.button('Advance 1 minute'));
  await keys.press('Enter');

  // Device Initialization: Tab between the fields, type, Backspace fixes a slip.
  await tabTo(page, recorder.field('Password'));
  await keys.type(`${FIRST}x`);
  await keys.press('Backspace');
  await expect(recorder.field('Password')).toHaveValue(FIRST);
  await keys.press('Tab');
  await expect(recorder.field('Confirm Password')).toBeFocused();
  await keys.type(FIRST);
  await tabTo(page, recorder.button('Next'));
  await keys.press('Enter');
  await tabTo(page, recorder.button('Finish'));
  await keys.press('Enter');
  await recorder.waitForLiveView();

  // Live view: the screen has the focus; Shift+F10 opens the Quick Menu with Main Menu highlighted and focused,
  // so the first Enter opens it.
  await tabTo(page, recorder.screen);
  await keys.press('Shift+F10');
  const mainMenu = page.getByRole('menuitem', { name: 'Main Menu' });
  await expect(mainMenu).toBeFocused();
  await keys.press('Enter');

  // Login: User Name is pre-filled with admin, so the focus lands on Password; Enter there is OK.
  await expect(recorder.field('Password')).toBeFocused();
  await expect(recorder.field('User Name')).toHaveValue('admin');
  await keys.type(FIRST);
  await keys.press('Enter');

  // The menu tree by the remote's arrows, Enter to open.
  for (const item of ['Settings', 'System', 'Account', 'User']) {
    await arrowTo(page, recorder.button(item));
    await keys.press('Enter');
  }
  await tabTo(page, recorder.button('Modify admin'));
  await keys.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'Modify User' });
  await expect(dialog).toBeVisible();
  await tabTo(page, page.getByRole('checkbox', { name: 'Modify Password' }));
  await keys.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Modify Password' })).toBeChecked();
  for (const [label, value] of [
    ['Old Password', FIRST],
    ['New Password', 'short'],
    ['Confirm Password', 'short'],
  ] as const) {
    await tabTo(page, recorder.field(label));
    await keys.type(value);
  }
  await tabTo(page, recorder.button('OK'));
  await keys.press('Enter');
  await expect(recorder.alert).toHaveText(/8 to 32 characters/);
  await expect(dialog).toBeVisible();

  for (const label of ['New Password', 'Confirm Password']) {
    await tabTo(page, recorder.field(label));
    for (let i = 0; i < 'short'.length; i++) await keys.press('Backspace');
    await keys.type(NEW);
  }
  await tabTo(page, recorder.button('OK'));
  await keys.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Saved successfully.' })).toBeVisible();

  // Escape goes back one level at a time, to live view.
  await escapeToLiveView(recorder);
  expect(await page.evaluate(() => (window as { mouseUsed?: string }).mouseUsed ?? null)).toBeNull();
});
