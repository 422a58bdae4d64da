/**
 * P7: restoring defaults. "Default" restores the settings and keeps users, network and recordings; "Factory
 * Default" erases all settings, users and passwords, network and camera credentials, keeps recordings and the
 * firmware, and restarts into Device Initialization (or the default accounts); the mainboard reset button (held
 * 10–15 s) does the same on the one model that has it.
 */
import { describe, expect, it } from 'vitest';
import {
  drive,
  emptyFlash,
  liveControls,
  hardwareStatus,
  MemoryFlashStore,
  RECORDER_MODELS,
  type Flash,
  type OsdModel,
  type RecorderModelId,
} from '../../../firmware';
import { ADMIN_PASSWORD, FAST, initializedRecorder, logIn, STATE } from '../support';
import {
  flashOf,
  openMenu,
  reopened,
  STORAGE_PATHS,
  STORAGE_STATE,
  eventLog,
  withoutSessionLog,
} from '../storageSupport';

const MODELS = Object.keys(RECORDER_MODELS) as RecorderModelId[];

/** A recorder that has been in use: settings, network and cameras configured, recordings with a gap. */
async function usedFlash(modelId: RecorderModelId): Promise<Flash> {
  const options = { ...FAST, modelId };
  const fresh = RECORDER_MODELS[modelId].profile === 'legacy' ? drive(options).boot() : initializedRecorder(options);
  await fresh;
  const flash = flashOf(fresh);
  return {
    ...flash,
    settings: { resolution: '1920x1080', recording: true },
    network: { dhcp: false, ipAddress: '10.0.0.20' },
    channels: [{ name: 'Driveway', credential: 'ab'.repeat(16), cameraSerial: 'E893AB0001' }],
    disk: { recordingSince: Date.UTC(2026, 0, 1), gaps: [{ from: Date.UTC(2026, 1, 1), to: Date.UTC(2026, 1, 2) }] },
    systemLog: [{ at: Date.UTC(2026, 0, 1), kind: 'login', user: 'admin', detail: 'earlier entry' }],
  };
}

const passwordOf = (modelId: RecorderModelId) =>
  RECORDER_MODELS[modelId].profile === 'legacy' ? '000000' : ADMIN_PASSWORD;

describe('P7: Default and Factory Default from the menu', () => {
  describe.each(MODELS)('%s', (modelId) => {
    const options = { ...FAST, modelId };
    const system = STORAGE_PATHS[modelId].system;

    it('Default restores the settings and keeps users, network, cameras, recordings and the log', async () => {
      const before = await usedFlash(modelId);
      const driver = openMenu(logIn(reopened(before, options), passwordOf(modelId)), system)
        .click('Default')
        .expectIn(STORAGE_STATE.defaultConfirm)
        .check((model) => expect(JSON.stringify(model)).toContain('Users, passwords, network settings and recordings'))
        .click('OK')
        .expectIn(STATE.menu);
      await driver;
      const after = flashOf(driver);
      expect(after.settings).toEqual(emptyFlash().settings);
      expect(after.users).toEqual(before.users);
      expect(after.network).toEqual(before.network);
      expect(after.channels).toEqual(before.channels);
      expect(after.disk).toEqual(before.disk);
      expect(eventLog(after).map((entry) => entry.kind)).toEqual(['default']);
      expect(driver.recorder.flashStore).toBeInstanceOf(MemoryFlashStore);
      expect((driver.recorder.flashStore as MemoryFlashStore).written).toEqual(after);
    });

    it('Factory Default erases settings, users, network and camera credentials, keeps recordings, and restarts', async () => {
      const before = await usedFlash(modelId);
      const legacy = RECORDER_MODELS[modelId].profile === 'legacy';
      const driver = openMenu(logIn(reopened(before, options), passwordOf(modelId)), system)
        .click('Factory Default')
        .expectIn(STORAGE_STATE.factoryDefaultConfirm)
        .click('OK')
        .expectIn(STATE.booting)
        .wait(5_000)
        .expectIn(legacy ? STATE.liveView : STATE.deviceInitPassword);
      await driver;
      const after = flashOf(driver);
      expect(after.settings).toEqual(emptyFlash().settings);
      expect(after.network).toEqual(emptyFlash().network);
      expect(after.channels).toEqual([{ name: 'Driveway', credential: null, cameraSerial: 'E893AB0001' }]);
      expect(after.disk).toEqual(before.disk);
      expect(after.firmware).toEqual(before.firmware);
      expect(after.randomSeed).not.toBeNull();
      expect(eventLog(after).map((entry) => entry.kind)).toEqual(['factoryDefault']);
      if (legacy) {
        // The default accounts are back, with the documented password to change.
        expect(after.defaultPasswordInUse).toBe(true);
        expect(after.users.map((user) => user.name)).toEqual(['admin', 'default']);
        expect(after.users[0]?.password.salt).not.toBe(before.users[0]?.password.salt);
      } else {
        expect(after.initialized).toBe(false);
        expect(after.users).toEqual([]);
      }
    });

    it('Cancel, right click and Escape change nothing', async () => {
      const before = await usedFlash(modelId);
      let driver = logIn(reopened(before, options), passwordOf(modelId));
      driver = openMenu(driver, system).click('Default').click('Cancel').expectIn(STATE.menu);
      driver = driver.click('Factory Default').rightClick().expectIn(STATE.menu);
      driver = driver.click('Factory Default').send({ type: 'BACK' }).expectIn(STATE.menu);
      await driver;
      expect(withoutSessionLog(flashOf(driver))).toEqual(withoutSessionLog(before));
    });
  });

  it('shows Default and Factory Default disabled outside the admin group, and a click arriving anyway opens nothing', async () => {
    const controlOf = (model: OsdModel, label: string) => liveControls(model).find((c) => c.label === label);
    const driver = openMenu(logIn(drive({ ...FAST, modelId: 'LNR440' }).boot(), '000000', 'default'), [
      'Setting',
      'System',
    ]);
    await driver;
    for (const label of ['Default', 'Factory Default']) {
      const control = controlOf(driver.recorder.osdModel(), label);
      expect(control?.enabled).toBe(false);
      // The event a click would send, although the item is disabled: no confirmation opens.
      await driver.send({ type: 'ACTIVATE', control: control?.id ?? '' }).expectIn(STATE.menu);
    }
    expect(eventLog(flashOf(driver))).toEqual([]);
    expect(flashOf(driver).users).toHaveLength(2);
  });

  it('says so and changes nothing when the flash write fails', async () => {
    const flashStore = new MemoryFlashStore();
    const driver = openMenu(logIn(initializedRecorder({ ...FAST, flashStore })), STORAGE_PATHS.LNR6108.system).click(
      'Factory Default',
    );
    await driver;
    const before = flashOf(driver);
    flashStore.failWith = new Error('disk full');
    await driver
      .click('OK')
      .expectIn(STORAGE_STATE.factoryDefaultConfirm)
      .expectAlert('The defaults could not be restored. Nothing was changed.');
    expect(withoutSessionLog(flashOf(driver))).toEqual(withoutSessionLog(before));
  });
});

describe('P7: the mainboard reset button', () => {
  const withButton = { ...FAST, modelId: 'N863A63B' as const };

  it('N863A63B: held 10 s with power on, the LEDs flash; on release it factory-defaults into Device Initialization', async () => {
    const driver = initializedRecorder(withButton)
      .send({ type: 'RESET_BUTTON_DOWN' })
      .wait(5_000)
      .check((_, snapshot) => expect(hardwareStatus(snapshot)).toEqual({ powerLed: 'on', hddLed: 'active' }))
      .wait(6_000)
      .check((_, snapshot) => expect(hardwareStatus(snapshot)).toEqual({ powerLed: 'flashing', hddLed: 'flashing' }))
      .send({ type: 'RESET_BUTTON_UP' })
      .expectIn(STATE.booting)
      .wait(5_000)
      .expectIn(STATE.deviceInitPassword);
    await driver;
    const flash = flashOf(driver);
    expect(flash.initialized).toBe(false);
    expect(flash.users).toEqual([]);
    expect(eventLog(flash).map((entry) => [entry.kind, entry.user])).toEqual([['hardwareReset', null]]);
    expect(flash.disk).toEqual(emptyFlash().disk);
  });

  it('N863A63B: a press shorter than 10 s does nothing', async () => {
    const driver = initializedRecorder(withButton)
      .send({ type: 'RESET_BUTTON_DOWN' })
      .wait(9_000)
      .send({ type: 'RESET_BUTTON_UP' })
      .expectIn(STATE.liveView)
      .wait(30_000)
      .check((_, snapshot) => expect(hardwareStatus(snapshot).powerLed).toBe('on'));
    await driver;
    expect(flashOf(driver).initialized).toBe(true);
    expect(eventLog(flashOf(driver))).toEqual([]);
  });

  it('N863A63B: ignored while the power is off, and a power cut while held forgets the press', async () => {
    const driver = initializedRecorder(withButton)
      .powerOff()
      .send({ type: 'RESET_BUTTON_DOWN' })
      .wait(12_000)
      .send({ type: 'RESET_BUTTON_UP' })
      .expectIn(STATE.off)
      .boot()
      .send({ type: 'RESET_BUTTON_DOWN' })
      .wait(3_000)
      .powerOff()
      .boot()
      .wait(10_000)
      .send({ type: 'RESET_BUTTON_UP' })
      .expectIn(STATE.liveView);
    await driver;
    expect(flashOf(driver).initialized).toBe(true);
  });

  it('N863A63B: a failed write says so, changes nothing, and OK restarts the recorder as it was', async () => {
    const flashStore = new MemoryFlashStore();
    const driver = initializedRecorder({ ...withButton, flashStore });
    await driver;
    const before = flashOf(driver);
    flashStore.failWith = new Error('flash worn out');
    await driver
      .send({ type: 'RESET_BUTTON_DOWN' })
      .wait(15_000)
      .send({ type: 'RESET_BUTTON_UP' })
      .expectIn({ on: { hardwareReset: 'failed' } })
      .expectAlert('The factory defaults could not be saved. Nothing was changed.')
      .click('OK')
      .expectIn(STATE.booting)
      .wait(5_000)
      .expectIn(STATE.liveView);
    expect(withoutSessionLog(flashOf(driver))).toEqual(withoutSessionLog(before));
  });

  it.each(MODELS.filter((id) => !RECORDER_MODELS[id].hasResetButton))('%s has no reset button', async (modelId) => {
    const options = { ...FAST, modelId };
    const legacy = RECORDER_MODELS[modelId].profile === 'legacy';
    const driver = (legacy ? drive(options).boot() : initializedRecorder(options))
      .send({ type: 'RESET_BUTTON_DOWN' })
      .wait(12_000)
      .check((_, snapshot) => expect(hardwareStatus(snapshot).powerLed).toBe('on'))
      .send({ type: 'RESET_BUTTON_UP' })
      .expectIn(STATE.liveView);
    await driver;
    expect(eventLog(flashOf(driver)).map((entry) => entry.kind)).not.toContain('hardwareReset');
  });
});
