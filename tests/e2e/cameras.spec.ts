/**
 * The Cameras place through accessible names (docs/accessible-names.md): per camera a region with its Reset button, Ethernet cable
 * (aria-pressed) and LED (label LED). P9's camera side: the Wi-Fi camera held 10 s chimes, flashes green and waits in
 * pairing mode. A hold without the cable re-plug does nothing; the cable's state and the camera's binding survive a
 * reload. A DVR's analog cameras have a picture and an LED only.
 */
import { expect, test } from './support/fixtures';

const CAMERA_1 = 'Camera 1 — E893AB on port 1';
const WIFI = 'Camera 3 — W462AQC on Wi-Fi';

test('P9 camera side: holding the Wi-Fi camera Reset button 10 s plays the chime, flashes green, pairing mode', async ({
  page,
  recorder,
  cameras,
}) => {
  // Count the tones started through Web Audio (the chime is an OscillatorNode, no audio file).
  await page.addInitScript(() => {
    const counted = window as unknown as { tonesStarted: number };
    counted.tonesStarted = 0;
    const create = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function createCountedOscillator(this: AudioContext) {
      const oscillator = create.call(this);
      const start = oscillator.start.bind(oscillator);
      oscillator.start = (when?: number) => {
        counted.tonesStarted += 1;
        start(when);
      };
      return oscillator;
    };
  });
  const tonesStarted = () => page.evaluate(() => (window as unknown as { tonesStarted: number }).tonesStarted);
  await recorder.open('?model=LNR6108&speed=0&start=2026-03-02T09:00:00Z');
  await cameras.open();
  const wifi = cameras.camera(WIFI);
  await expect(cameras.led(WIFI)).toHaveText('solid');
  await expect(wifi).toContainText('Added to the app account');
  await expect(wifi.getByRole('button', { name: 'Ethernet cable' })).toHaveCount(0);

  await cameras.reset(WIFI).focus();
  await page.keyboard.down(' ');
  await cameras.advanceKeepingFocus();
  await page.keyboard.up(' ');
  await expect(wifi).toContainText('Chime played at 2026-03-02 09:01:00');
  expect(await tonesStarted()).toBe(1);
  await expect(cameras.led(WIFI)).toHaveText('flashing green');
  await expect(wifi).toContainText('Pairing mode');
  await expect.poll(() => cameras.storedCamera(2)).toMatchObject({ persisted: { bound: false } });

  await page.reload();
  await expect(cameras.led(WIFI)).toHaveText('flashing green');
  await expect(cameras.camera(WIFI)).toContainText('Pairing mode');
});

test('a short hold of the Wi-Fi camera Reset button does nothing', async ({ recorder, cameras }) => {
  await recorder.open('?model=LNR6108&speed=0');
  await cameras.open();
  await cameras.reset(WIFI).click();
  await cameras.advanceKeepingFocus();
  await expect(cameras.led(WIFI)).toHaveText('solid');
  await expect(cameras.camera(WIFI)).not.toContainText('Chime played');
});

test('a DVR has analog cameras on its BNC inputs: a picture and an LED, no reset button or Ethernet cable', async ({
  recorder,
  cameras,
}) => {
  await recorder.open('?model=D841A82B&speed=0');
  await cameras.open();
  const analog = cameras.camera('Camera 1 — analog camera on BNC input 1');
  await expect(cameras.led('Camera 1 — analog camera on BNC input 1')).toHaveText('solid');
  await expect(analog.getByRole('button')).toHaveCount(0);
  await recorder.page.getByRole('link', { name: 'Recorder' }).click();
  await recorder.power.click();
  await cameras.open();
  await expect(cameras.led('Camera 1 — analog camera on BNC input 1')).toHaveText('off');
});

test('holding the camera Reset button without the cable re-plug does nothing; an unplugged cable stays unplugged after a reload', async ({
  page,
  recorder,
  cameras,
}) => {
  await recorder.start({ query: '?model=LNR6108&speed=0' });
  await cameras.open();
  const reset = cameras.reset(CAMERA_1);
  await reset.focus();
  await page.keyboard.down(' ');
  await cameras.advanceKeepingFocus();
  await page.keyboard.up(' ');
  await expect(cameras.led(CAMERA_1)).toHaveText('solid');
  await expect(cameras.camera(CAMERA_1)).toContainText('Running');

  await cameras.cable(CAMERA_1).click();
  await expect(cameras.led(CAMERA_1)).toHaveText('off');
  await expect.poll(() => cameras.storedCamera(0)).toMatchObject({ ethernetPlugged: false });
  await page.reload();
  await expect(cameras.cable(CAMERA_1)).toHaveAttribute('aria-pressed', 'false');
  await expect(cameras.led(CAMERA_1)).toHaveText('off');
  await expect(cameras.led('Camera 2 — E893AB on port 2')).toHaveText(/blinking|solid/);
});

test('P8 with time: a Reset hold released off the button stays held while the cable is re-plugged and time advanced', async ({
  page,
  recorder,
  cameras,
}) => {
  await recorder.start({ query: '?model=LNR6108&speed=0' });
  await cameras.open();
  await expect(cameras.led(CAMERA_1)).toHaveText('solid');
  const reset = cameras.reset(CAMERA_1);
  const cable = cameras.cable(CAMERA_1);
  // Press on Reset, slide off it and let go: the button stays held (latched).
  const box = (await reset.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y - 40);
  await page.mouse.up();
  await expect(reset).toHaveAttribute('aria-pressed', 'true');
  await cable.click();
  await expect(cable).toHaveAttribute('aria-pressed', 'false');
  await cable.click();
  await expect(cable).toHaveAttribute('aria-pressed', 'true');
  // A real click on Advance (it takes the focus): the hold lasts the 15 s of simulated time.
  await recorder.button('Advance 1 minute').click();
  await expect(cameras.camera(CAMERA_1)).toContainText('Restarting with factory defaults');
  await expect(reset).toHaveAttribute('aria-pressed', 'true');
  // Pressing it again lets it go.
  await reset.click();
  await expect(reset).toHaveAttribute('aria-pressed', 'false');
});
