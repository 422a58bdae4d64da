/**
 * The recorder's hardware in the browser, only through accessible names (docs/accessible-names.md): the USB stick (P12: upgrade from
 * the world's stick, and recovery after a power cut mid-upgrade; P13: a backup onto it, kept across a reload), the
 * front panel's Info button and LEDs, and the mainboard reset button of N863A63B (P7).
 */
import { expect, test } from './support/fixtures';

const PASSWORD = 'Camera2026';

test('P12: upgrade LNR6108 from the USB stick; after the restart Info shows the new System Version', async ({
  page,
  recorder,
}) => {
  await recorder.start({ query: '?model=LNR6108', password: PASSWORD });
  await expect(recorder.hardware.getByRole('img', { name: 'Power LED: on' })).toBeVisible();

  await recorder.openInfoWithButton();
  await expect(page.getByLabel('System Version', { exact: true })).toHaveText('V4.0.21.LX.250912');
  await recorder.button('Close').click();
  await recorder.waitForLiveView();

  const usb = recorder.hardwareButton('USB');
  await expect(usb).toHaveAttribute('aria-pressed', 'false');
  await usb.click();
  await expect(usb).toHaveAttribute('aria-pressed', 'true');

  await recorder.openMainMenuLogin();
  await recorder.logIn(PASSWORD);
  for (const item of ['Settings', 'System', 'Upgrade']) await recorder.button(item).click();
  await recorder.button('Select LNR6108_V4.1.0.LX.260301.bin').click();
  await recorder.button('Start Upgrade').click();
  await recorder.button('OK').click();
  await recorder.button('Advance 10 minutes').click();
  await recorder.advanceUntilVisible(page.getByLabel('System Date'));

  await recorder.openInfoWithButton();
  await expect(page.getByLabel('System Version', { exact: true })).toHaveText('V4.1.0.LX.260301');
  // The stick stays where it was: the world keeps it across a reload (a power cut).
  await page.reload();
  await expect(recorder.hardwareButton('USB')).toHaveAttribute('aria-pressed', 'true');
});

test('N863A63B: holding the mainboard reset button 10 s restarts into Device Initialization', async ({
  page,
  recorder,
}) => {
  await recorder.start({ query: '?model=N863A63B', password: PASSWORD });

  const reset = recorder.hardwareButton('Reset button');
  const powerLed = recorder.hardware.getByRole('img', { name: /^Power LED: / });
  await expect(powerLed).toHaveAccessibleName('Power LED: on');

  // Held with Space while simulated time passes: a mouse click on Advance takes the focus, and the hold lasts
  // (the focus is on the simulation controls) until Space comes up.
  await reset.focus();
  await page.keyboard.down(' ');
  await recorder.button('Advance 1 minute').click();
  await expect(powerLed).toHaveAccessibleName('Power LED: flashing');
  await expect(recorder.hardware.getByRole('img', { name: 'HDD LED: flashing' })).toBeVisible();
  await page.keyboard.up(' ');

  await recorder.advanceUntilVisible(recorder.field('Confirm Password'));
  await expect(powerLed).toHaveAccessibleName('Power LED: on');
});

test('a short press of the reset button, one let go by losing the focus, or a latched one pressed again, changes nothing', async ({
  page,
  recorder,
}) => {
  await recorder.start({ query: '?model=N863A63B', password: PASSWORD });
  const reset = recorder.hardwareButton('Reset button');
  // Pressed with the pointer and let go before 10 s.
  await reset.click();
  // Held with the keyboard, then the focus leaves (not to the simulation controls) before time passes: released.
  await reset.focus();
  await page.keyboard.down('Enter');
  await reset.blur();
  await page.keyboard.up('Enter');
  await recorder.button('Advance 1 minute').click();
  await recorder.waitForLiveView();
  // Pressed with the pointer and let go outside the button: it stays held (latched) until pressed again.
  const box = (await reset.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(5, 5);
  await page.mouse.up();
  await expect(reset).toHaveAttribute('aria-pressed', 'true');
  await reset.click();
  await expect(reset).toHaveAttribute('aria-pressed', 'false');
  await recorder.button('Advance 1 minute').click();
  await recorder.waitForLiveView();
  await expect(recorder.hardware.getByRole('img', { name: 'Power LED: on' })).toBeVisible();
  await expect(recorder.field('Confirm Password')).toHaveCount(0);
});

test('the Reset button is only on models that have one', async ({ recorder }) => {
  await recorder.open('?model=LNR6108');
  await expect(recorder.hardwareButton('USB')).toBeVisible();
  await expect(recorder.hardwareButton('Info')).toBeVisible();
  await expect(recorder.hardwareButton('Reset button')).toHaveCount(0);
});

test('P12: a power cut (reload) mid-upgrade boots into recovery mode; Recover re-flashes from the stick', async ({
  page,
  recorder,
}) => {
  await recorder.start({ query: '?model=LNR6108', password: PASSWORD });
  await recorder.hardwareButton('USB').click();
  await recorder.openMainMenuLogin();
  await recorder.logIn(PASSWORD);
  for (const item of ['Settings', 'System', 'Upgrade']) await recorder.button(item).click();
  await recorder.button('Select LNR6108_V4.1.0.LX.260301.bin').click();
  await recorder.button('Start Upgrade').click();
  await recorder.button('OK').click();
  // Upgrading (the confirmation's OK is gone), once the flash durably says so (the dialog is no longer busy writing
  // it): a power cut from here on leaves the firmware damaged. Recording has stopped: the HDD LED is idle.
  const upgrading = page.getByRole('dialog', { name: 'Upgrade' });
  await expect(upgrading.getByRole('button', { name: 'OK', exact: true })).toHaveCount(0);
  await expect(upgrading).not.toHaveAttribute('aria-busy', 'true');
  await expect(recorder.hardware.getByRole('img', { name: 'HDD LED: idle' })).toBeVisible();
  await page.reload();
  await recorder.button('Advance 1 minute').click();
  await recorder.button('Recover').click();
  await recorder.button('Advance 10 minutes').click();
  await recorder.advanceUntilVisible(page.getByLabel('System Date'));
  await recorder.openInfoWithButton();
  await expect(page.getByLabel('System Version', { exact: true })).toHaveText('V4.1.0.LX.260301');
});

test('P13: a backup writes a file onto the USB stick, which keeps it after a reload', async ({ page, recorder }) => {
  await recorder.start({ query: '?model=LNR6108', password: PASSWORD });
  await recorder.button('Advance 1 hour').click();
  const usb = recorder.hardwareButton('USB');
  await expect(usb).toHaveAccessibleDescription(/^USB stick beside the recorder: LNR6108_V4\.1\.0\.LX\.260301\.bin$/);
  await usb.click();
  await recorder.openMainMenuLogin();
  await recorder.logIn(PASSWORD);
  await recorder.button('Backup').click();
  await recorder.button('Start Backup').click();
  // An hour of recordings takes several minutes at the USB rate. The progress dialog stays (busy) until the backup's
  // log entry is durable; the stick's new contents were saved before it (the same store, an earlier transaction).
  const progress = page.getByRole('dialog', { name: 'Backup' });
  await expect(progress).toBeVisible();
  await recorder.button('Advance 1 hour').click();
  await expect(progress).toHaveCount(0);
  await expect(usb).toHaveAccessibleDescription(/: LNR6108_V4\.1\.0\.LX\.260301\.bin, backup_\w+_\d+\.dav$/);
  await page.reload();
  await expect(recorder.hardwareButton('USB')).toHaveAccessibleDescription(/^USB stick in the port: .*backup_/);
});
