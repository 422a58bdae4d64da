/**
 * P12: a firmware upgrade from a USB stick (3 simulated minutes, then a restart), and a power cut in the middle of
 * it: the next boot finds the firmware damaged and goes to recovery mode, which re-flashes from a USB stick.
 */
import { describe, expect, it } from 'vitest';
import {
  drive,
  firmwareStick,
  liveControls,
  MemoryFlashStore,
  RECORDER_MODELS,
  rules,
  STORAGE,
  type UsbStick,
} from '../../../firmware';
import { FAST, initializedRecorder, logIn, STATE } from '../support';
import { flashOf, openMenu, reopened, STORAGE_PATHS, STORAGE_STATE, eventLog } from '../storageSupport';

const NEW_VERSION = 'V4.1.0.LX.260301';
const STICK = firmwareStick('LNR6108', NEW_VERSION);
const FILE = `LNR6108_${NEW_VERSION}.bin`;
/** The build date of NEW_VERSION (firmware/catalogue/firmwareReleases.ts), not the shipped release's. */
const NEW_BUILD_DATE = '2026-03-01';
const WRONG_STICK: UsbStick = firmwareStick('N841A81', 'V1.7.0.LX.260301');

function upgradePage(stick: UsbStick | null, flashStore = new MemoryFlashStore()) {
  let driver = logIn(initializedRecorder({ ...FAST, flashStore }));
  if (stick) driver = driver.send({ type: 'USB_INSERT', stick });
  return openMenu(driver, STORAGE_PATHS.LNR6108.system).click('Upgrade');
}

const percentShown = (model: unknown): number | undefined => {
  const match = /"kind":"progress","label":"[A-Za-z-]+","percent":(\d+)/.exec(JSON.stringify(model));
  return match ? Number(match[1]) : undefined;
};

describe('P12: firmware upgrade and recovery', () => {
  it('upgrades with progress over 3 minutes, restarts, and shows the new System Version', async () => {
    const flashStore = new MemoryFlashStore();
    const driver = upgradePage(STICK, flashStore)
      .expectValue('System Version', RECORDER_MODELS.LNR6108.firmwareVersion)
      .click(`Select ${FILE}`)
      .click('Start Upgrade')
      .expectIn(STORAGE_STATE.upgradeConfirm)
      .click('OK')
      .expectIn(STORAGE_STATE.upgradeRunning)
      // Durable before the image is written: a power cut from here on leaves the firmware damaged.
      .check(() => expect(flashStore.written?.firmware.upgradeInProgress).toBe(true))
      .wait(rules.UPGRADE_DURATION_MS / 2)
      .check((model) => expect(percentShown(model)).toBe(50))
      .wait(rules.UPGRADE_DURATION_MS / 2)
      .expectIn(STATE.booting)
      .wait(rules.BOOT_DURATION_MS)
      .expectIn(STATE.liveView)
      .rightClick()
      .click('Info')
      .expectValue('System Version', NEW_VERSION)
      .expectValue('Build Date', NEW_BUILD_DATE);
    await driver;
    const flash = flashOf(driver);
    expect(flash.firmware).toEqual({ version: NEW_VERSION, upgradeInProgress: false });
    expect(eventLog(flash).map((entry) => entry.kind)).toEqual(['upgrade']);
    expect(eventLog(flash)[0]?.detail).toContain(NEW_VERSION);
    // Recording stopped during the upgrade.
    expect(flash.disk.gaps).toHaveLength(1);
    expect(flash.disk.gaps[0]!.to - flash.disk.gaps[0]!.from).toBe(rules.UPGRADE_DURATION_MS);
    expect(flash.users).toHaveLength(1);
  });

  it('a power cut mid-upgrade boots into recovery mode; a stick with the firmware re-flashes it', async () => {
    const flashStore = new MemoryFlashStore();
    let driver = upgradePage(STICK, flashStore)
      .click(`Select ${FILE}`)
      .click('Start Upgrade')
      .click('OK')
      .wait(60_000)
      .powerOff()
      .send({ type: 'USB_REMOVE' })
      .boot()
      .expectIn(STORAGE_STATE.recoveryWaiting)
      .click('Recover')
      .expectAlert(/No firmware file for this recorder/)
      // Inserting a stick answers the alert; Recover checks the stick again.
      .send({ type: 'USB_INSERT', stick: WRONG_STICK })
      .expectAlert(null)
      .click('Recover')
      .expectAlert(/No firmware file for this recorder/)
      .send({ type: 'USB_INSERT', stick: STICK })
      .expectAlert(null)
      .click('Recover')
      .expectIn(STORAGE_STATE.recoveryFlashing)
      .send({ type: 'USB_REMOVE' })
      .expectIn(STORAGE_STATE.recoveryWaiting)
      .expectAlert('The USB stick was removed during recovery. Nothing was changed. Click Recover to start again.')
      .send({ type: 'USB_INSERT', stick: STICK })
      .click('Recover')
      .wait(rules.RECOVERY_DURATION_MS)
      .expectIn(STATE.booting)
      .wait(rules.BOOT_DURATION_MS)
      .expectIn(STATE.liveView)
      .rightClick()
      .click('Info')
      .expectValue('System Version', NEW_VERSION)
      .expectValue('Build Date', NEW_BUILD_DATE)
      .click('Close');
    await driver;
    const flash = flashOf(driver);
    expect(flash.firmware).toEqual({ version: NEW_VERSION, upgradeInProgress: false });
    expect(eventLog(flash).map((entry) => entry.kind)).toEqual(['upgradeFailed', 'recovery']);
    // Users kept: the old password still logs in.
    driver = logIn(driver).expectIn(STATE.menu);
    await driver;
  });

  it('a reopened world whose upgrade was cut off starts in recovery mode (the flash says so)', async () => {
    const flashStore = new MemoryFlashStore();
    const driver = upgradePage(STICK, flashStore).click(`Select ${FILE}`).click('Start Upgrade').click('OK');
    await driver;
    driver.recorder.stop();
    const reopenedDriver = reopened(flashStore.written!, FAST, null)
      .expectIn(STORAGE_STATE.recoveryWaiting)
      .check((model) => expect(JSON.stringify(model)).toContain('The firmware is damaged'));
    await reopenedDriver;
  });

  it('refuses a firmware file for another model, and changes nothing', async () => {
    const driver = upgradePage(WRONG_STICK)
      .click('Select N841A81_V1.7.0.LX.260301.bin')
      .click('Start Upgrade')
      .expectIn(STATE.menu)
      .expectAlert('N841A81_V1.7.0.LX.260301.bin is not a firmware for LNR6108. Nothing was changed.');
    await driver;
    expect(flashOf(driver).firmware.upgradeInProgress).toBe(false);
    expect(eventLog(flashOf(driver))).toEqual([]);
  });

  it('shows Start Upgrade disabled outside the admin group, and refuses a click arriving anyway', async () => {
    const stick = firmwareStick('LNR440', 'V3.220');
    const viewer = logIn(drive({ ...FAST, modelId: 'LNR440' }).boot(), '000000', 'default');
    const driver = openMenu(viewer.send({ type: 'USB_INSERT', stick }), STORAGE_PATHS.LNR440.system)
      .click('Upgrade')
      .click('Select LNR440_V3.220.bin')
      .check((model) => expect(liveControls(model).find((c) => c.label === 'Start Upgrade')?.enabled).toBe(false))
      .send({ type: 'ACTIVATE', control: STORAGE.startUpgrade })
      .expectIn(STATE.menu)
      .expectAlert('Only a user of the admin group can upgrade the firmware.');
    await driver;
    expect(flashOf(driver).firmware.upgradeInProgress).toBe(false);
    expect(eventLog(flashOf(driver))).toEqual([]);
  });

  it('asks for a stick, then for a file', async () => {
    await upgradePage(null)
      .click('Start Upgrade')
      .expectAlert('Insert a USB stick with the firmware file.')
      .send({ type: 'USB_INSERT', stick: STICK })
      .click('Start Upgrade')
      .expectAlert('Select a firmware file.')
      .click(`Select ${FILE}`)
      .expectAlert(null)
      .click('Start Upgrade')
      .click('Cancel')
      .expectIn(STATE.menu);
  });

  it('says so and changes nothing when the upgrade cannot be marked on flash', async () => {
    const flashStore = new MemoryFlashStore();
    const driver = upgradePage(STICK, flashStore).click(`Select ${FILE}`).click('Start Upgrade');
    await driver;
    flashStore.failWith = new Error('flash worn out');
    await driver.click('OK').expectIn(STATE.menu).expectAlert('The upgrade could not start. Nothing was changed.');
    expect(flashOf(driver).firmware.upgradeInProgress).toBe(false);
  });
});

describe('P12: the stick is checked again when the upgrade is confirmed', () => {
  it('refuses OK when the stick was pulled while the confirmation was open, and changes nothing', async () => {
    const flashStore = new MemoryFlashStore();
    const driver = upgradePage(STICK, flashStore)
      .click(`Select ${FILE}`)
      .click('Start Upgrade')
      .expectIn(STORAGE_STATE.upgradeConfirm)
      .send({ type: 'USB_REMOVE' })
      .click('OK')
      .expectIn(STATE.menu)
      .expectAlert(/USB/);
    await driver;
    expect(flashOf(driver).firmware).toEqual({
      version: RECORDER_MODELS.LNR6108.firmwareVersion,
      upgradeInProgress: false,
    });
  });
});
