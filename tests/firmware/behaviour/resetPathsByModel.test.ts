/**
 * Every reset path the firmware takes part in, on every recorder model whose family has it (the profile table's
 * `resetPaths`): the same walks as the per-path specs, driven through each family's own menu tree, password rule and
 * lockout rule. The per-path files test each path in depth on one model; this file proves the tables, not the code,
 * make the difference between families.
 */
import { describe, expect, it } from 'vitest';
import {
  channelStatus,
  createHeadlessSite,
  drive,
  firmwareStick,
  IP_CAMERA_BOOT_MS,
  RecorderDriver,
  PROFILES,
  RECORDER_MODELS,
  rules,
  type RecorderModelId,
} from '../../../firmware';
import { ADMIN_PASSWORD, FAST, initializedRecorder, STATE } from '../support';
import { eventLog, flashOf, openMenu, STORAGE_PATHS, STORAGE_STATE } from '../storageSupport';
import { supportCode } from './accessSupport';

const MODEL_IDS = Object.keys(RECORDER_MODELS) as RecorderModelId[];
const NEW_VERSION = 'V9.0.0.LX.261122';

interface Case {
  readonly modelId: RecorderModelId;
  readonly legacy: boolean;
  /** The admin password once the recorder is up, another one its rule accepts, and a wrong one. */
  readonly password: string;
  readonly next: string;
  readonly wrong: string;
}

const CASES: readonly Case[] = MODEL_IDS.map((modelId) => {
  const legacy = PROFILES[RECORDER_MODELS[modelId].profile].firstBoot === 'defaultAccounts';
  return legacy
    ? { modelId, legacy, password: '000000', next: '4a7b9c', wrong: '999999' }
    : { modelId, legacy, password: ADMIN_PASSWORD, next: 'Lorex#2027', wrong: 'Wrong#1234' };
});

const profileOf = (modelId: RecorderModelId) => PROFILES[RECORDER_MODELS[modelId].profile];
const hasPath = (modelId: RecorderModelId, ...paths: string[]) =>
  paths.some((path) => profileOf(modelId).resetPaths.includes(path as never));

/** The recorder up and showing live view: initialized, or (legacy) running on its default accounts. */
function upAndRunning({ modelId, legacy }: Case): RecorderDriver {
  const options = { ...FAST, modelId };
  return legacy ? drive(options).boot().expectIn(STATE.liveView) : initializedRecorder(options);
}

/** Right click > Main Menu > log in as admin; the legacy family's default-password prompt is put off. */
function logIn(driver: RecorderDriver, { legacy }: Case, password: string): RecorderDriver {
  const loggedIn = driver.rightClick().click('Main Menu').fill('User Name', 'admin').fill('Password', password);
  return legacy && password === '000000' ? loggedIn.click('OK').click('Later') : loggedIn.click('OK');
}

describe.each(CASES)('$modelId', (testCase) => {
  const { modelId } = testCase;
  const paths = STORAGE_PATHS[modelId];

  it("P1: the admin changes the password through the family's own menu path; it survives a power cycle", async () => {
    const driver = logIn(upAndRunning(testCase), testCase, testCase.password);
    await openMenu(driver, paths.users)
      .click('Modify admin')
      .click('Modify Password')
      .fill('Old Password', testCase.password)
      .fill('New Password', testCase.next)
      .fill('Confirm Password', testCase.next)
      .click('OK')
      .expectAlert(null)
      .expectIn(STATE.menu)
      .powerOff()
      .boot()
      .rightClick()
      .click('Main Menu')
      .fill('Password', testCase.password)
      .click('OK')
      .expectAlert(/Wrong user name or password/)
      .fill('Password', testCase.next)
      .click('OK')
      .expectIn(STATE.menu);
  });

  it(`P11: ${profileOf(modelId).lockout.maxFailures} wrong passwords lock the login; the right one is refused; a power cycle clears it`, async () => {
    let driver = upAndRunning(testCase).rightClick().click('Main Menu');
    for (let attempt = 0; attempt < profileOf(modelId).lockout.maxFailures; attempt++) {
      driver = driver.fill('Password', testCase.wrong).click('OK');
    }
    await driver
      .expectAlert(/locked/)
      .fill('Password', testCase.password)
      .click('OK')
      .expectAlert(/locked/)
      .expectIn(STATE.login)
      .powerOff()
      .boot()
      .rightClick()
      .click('Main Menu')
      .fill('Password', testCase.password)
      .click('OK')
      .check((_, snapshot) => expect(snapshot.context.session?.userName).toBe('admin'));
  });

  it.runIf(hasPath(modelId, 'P2', 'P3', 'P4'))(
    'P2/P3/P4: the temporary password support issues for the displayed date logs admin in',
    async () => {
      const driver = upAndRunning(testCase);
      const code = await supportCode(driver);
      await driver
        .rightClick()
        .click('Main Menu')
        .fill('Password', code)
        .click('OK')
        .expectIn({ on: { running: { ready: 'temporaryPasswordPrompt' } } });
    },
  );

  it('P12: a firmware upgrade from USB runs 3 minutes, restarts, and keeps users and recordings', async () => {
    const stick = firmwareStick(modelId, NEW_VERSION);
    const driver = openMenu(
      logIn(upAndRunning(testCase), testCase, testCase.password).send({ type: 'USB_INSERT', stick }),
      paths.system,
    )
      .click('Upgrade')
      .click(`Select ${modelId}_${NEW_VERSION}.bin`)
      .click('Start Upgrade')
      .click('OK')
      .expectIn(STORAGE_STATE.upgradeRunning)
      .wait(rules.UPGRADE_DURATION_MS)
      .expectIn(STATE.booting)
      .wait(rules.BOOT_DURATION_MS)
      .expectIn(STATE.liveView);
    await driver;
    const flash = flashOf(driver);
    expect(flash.firmware).toEqual({ version: NEW_VERSION, upgradeInProgress: false });
    expect(flash.initialized).toBe(true);
    expect(eventLog(flash).map((entry) => entry.kind)).toContain('upgrade');
  });

  it('P13: formatting the HDD (admin) erases the recordings and keeps the users', async () => {
    const driver = openMenu(logIn(upAndRunning(testCase), testCase, testCase.password), paths.hdd)
      .click('Format HDD')
      .click('OK')
      .expectIn(STORAGE_STATE.formatRunning)
      .wait(rules.FORMAT_DURATION_MS)
      .expectIn(STATE.menu)
      .expectValue('Oldest Recording', 'None');
    await driver;
    const flash = flashOf(driver);
    expect(flash.disk.recordingSince).toBe(flash.clockOffsetMs + driver.recorder.snapshot().context.now);
    expect(flash.users.map((user) => user.name)).toContain('admin');
  });
});

describe.each(CASES.filter(({ modelId }) => RECORDER_MODELS[modelId].cameraInputs === 'poe'))(
  '$modelId with an IP camera',
  (testCase) => {
    it('P8: the NVR adds a factory-fresh camera on a PoE port with its own password, and the tile comes online', async () => {
      const site = createHeadlessSite({ ...FAST, modelId: testCase.modelId, cameras: [{ model: 'E893AB', port: 1 }] });
      const driver = new RecorderDriver(site.recorder);
      await (testCase.legacy
        ? driver.boot()
        : driver.boot().fill('Password', testCase.password).fill('Confirm Password', testCase.password).click('Next'));
      if (!testCase.legacy) {
        if (profileOf(testCase.modelId).securityQuestions) {
          await driver.fill('Answer 1', 'Rex').fill('Answer 2', 'Springfield').fill('Answer 3', 'Maple').click('Next');
        }
        await driver.click('Finish');
      }
      site.advance(IP_CAMERA_BOOT_MS);
      await site.settle();
      const channel = site.recorder.snapshot().context.flash.channels[0];
      expect(channel?.credential).toBe(site.recorder.snapshot().context.flash.users[0]?.password.hash);
      expect(channelStatus(site.recorder.snapshot().context, 1)).toBe('online');
      expect(site.led(0)).toBe('solid');
      site.stop();
    });
  },
);
