/**
 * The front-panel LEDs the shell draws (hardwareStatus), and determinism of the storage flows: the same events and
 * seed give the same disk, log and stick.
 */
import { describe, expect, it } from 'vitest';
import { firmwareStick, hardwareStatus, rules, type RecorderSnapshot } from '../../../firmware';
import { initializedRecorder, logIn, STATE } from '../support';
import { openMenu, STORAGE_PATHS, STORAGE_STATE, eventLog } from '../storageSupport';

const leds = (snapshot: RecorderSnapshot) => hardwareStatus(snapshot);
const STICK = firmwareStick('LNR6108', 'V4.1.0.LX.260301', 64_000);

describe('the front-panel LEDs', () => {
  it('are off without power, and the HDD light is active while recording or formatting, idle while upgrading', async () => {
    const driver = initializedRecorder()
      .check((_, snapshot) => expect(leds(snapshot)).toEqual({ powerLed: 'on', hddLed: 'active' }))
      .send({ type: 'USB_INSERT', stick: STICK });
    await openMenu(logIn(driver), STORAGE_PATHS.LNR6108.hdd)
      .click('Format HDD')
      .click('OK')
      .expectIn(STORAGE_STATE.formatRunning)
      .check((_, snapshot) => expect(leds(snapshot)).toEqual({ powerLed: 'on', hddLed: 'active' }))
      .wait(rules.FORMAT_DURATION_MS);
    await openMenu(driver, STORAGE_PATHS.LNR6108.system)
      .click('Upgrade')
      .click('Select LNR6108_V4.1.0.LX.260301.bin')
      .click('Start Upgrade')
      .click('OK')
      .expectIn(STORAGE_STATE.upgradeRunning)
      .check((_, snapshot) => expect(leds(snapshot)).toEqual({ powerLed: 'on', hddLed: 'idle' }))
      .powerOff()
      .check((_, snapshot) => expect(leds(snapshot)).toEqual({ powerLed: 'off', hddLed: 'off' }))
      .boot()
      .check((_, snapshot) => expect(leds(snapshot)).toEqual({ powerLed: 'on', hddLed: 'idle' }));
  });

  it('after Shutdown the standby power light stays on and the disk is off', async () => {
    await openMenu(logIn(initializedRecorder()), [])
      .click('Shutdown')
      .click('Shutdown', 'button')
      .expectIn(STATE.halted)
      .check((_, snapshot) => expect(leds(snapshot)).toEqual({ powerLed: 'on', hddLed: 'off' }));
  });
});

describe('P13: storage flows are deterministic', () => {
  async function run() {
    const driver = openMenu(logIn(initializedRecorder()), STORAGE_PATHS.LNR6108.backup)
      .send({ type: 'USB_INSERT', stick: STICK })
      .click('Start Backup')
      .wait(3_600_000);
    await openMenu(driver, STORAGE_PATHS.LNR6108.hdd).click('Format HDD').click('OK').wait(60_000);
    const { flash, usbStick } = driver.recorder.snapshot().context;
    return { flash, usbStick, model: driver.recorder.osdModel() };
  }

  it('gives the same disk, log, stick and screen for the same seed and events', async () => {
    const [first, second] = await Promise.all([run(), run()]);
    expect(second).toEqual(first);
    expect(eventLog(first.flash).map((entry) => entry.kind)).toEqual(['backup', 'format']);
    expect(first.usbStick?.files.map((file) => file.kind)).toEqual(['firmware', 'backup']);
  });
});
