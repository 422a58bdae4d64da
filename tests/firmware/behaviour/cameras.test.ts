/**
 * The cameras around the recorder (P7 camera side, P8, P9), on a headless site: the recorder and its cameras on one
 * world clock. Timings from docs/invented-values.md: hold the IP camera's reset button at least 15 s after re-plugging Ethernet, it
 * restarts for 2 simulated minutes; hold the Wi-Fi camera's button 10 s: chime, flashing green.
 */
import { describe, expect, it } from 'vitest';
import { RecorderDriver, restoreFlash, type OsdChannelTile, type OsdModel } from '../../../firmware';
import {
  IP_CAMERA_BOOT_MS,
  IP_CAMERA_RESET_HOLD_MS,
  IP_CAMERA_RESET_RESTART_MS,
  WIFI_CAMERA_RESET_HOLD_MS,
} from '../../../firmware/camera/cameraCatalogue';
import { adminCredential } from '../../../firmware/camera/nvrChannels';
import { createHeadlessSite, type HeadlessSite, type SiteCameraOptions } from '../../../firmware/headless/site';
import { ADMIN_PASSWORD, FAST, STATE } from '../support';

const NEW_PASSWORD = 'Lorex#2027';
/** The credential an earlier NVR setup gave the camera (before a factory default). */
const OLD_CREDENTIAL = 'ab'.repeat(32);
const SYNC_PROMPT = { on: { running: { ready: { menu: { cameraSync: 'prompt' } } } } };
const CAMERAS_PAGE_ALERT = /refused the recorder's password/;

function tileOf(model: OsdModel, channel: number): OsdChannelTile {
  const layer = model.layers.find((candidate) => candidate.kind === 'liveView');
  const tile = layer?.kind === 'liveView' ? layer.tiles[channel - 1] : undefined;
  if (!tile) throw new Error(`No live view tile for channel ${channel}.`);
  return tile;
}

const expectTile = (driver: RecorderDriver, mark: 'online' | 'authError' | 'videoLoss') =>
  driver.check((model) => {
    const { videoLoss, authError, recording } = tileOf(model, 1);
    expect({ videoLoss, authError, recording }).toEqual({
      videoLoss: mark === 'videoLoss',
      authError: mark === 'authError',
      recording: mark === 'online',
    });
  });

function siteWith(cameras: SiteCameraOptions[], modelId: 'LNR6108' | 'D841A82B' = 'LNR6108') {
  const site = createHeadlessSite({ ...FAST, modelId, cameras });
  return { site, driver: new RecorderDriver(site.recorder) };
}

const initialize = (driver: RecorderDriver) =>
  driver
    .boot()
    .fill('Password', ADMIN_PASSWORD)
    .fill('Confirm Password', ADMIN_PASSWORD)
    .click('Next')
    .click('Finish')
    .expectIn(STATE.liveView);

const logIn = (driver: RecorderDriver) =>
  driver.rightClick().click('Main Menu').fill('User Name', 'admin').fill('Password', ADMIN_PASSWORD).click('OK');

/** The path from the Main Menu to the user list: LNR6108 (cloud), D841A82B (home). */
const CLOUD_USERS = ['Settings', 'System', 'Account', 'User'];
const HOME_USERS = ['System', 'Account', 'User'];

/** From the Main Menu: change the admin password; the save leads to the sync check. */
const changeAdminPassword = (driver: RecorderDriver, path = CLOUD_USERS) =>
  path
    .reduce((chain, label) => chain.click(label), driver)
    .click('Modify admin')
    .click('Modify Password')
    .fill('Old Password', ADMIN_PASSWORD)
    .fill('New Password', NEW_PASSWORD)
    .fill('Confirm Password', NEW_PASSWORD)
    .click('OK');

const backToLiveView = (driver: RecorderDriver) =>
  driver
    .send({ type: 'BACK' })
    .send({ type: 'BACK' })
    .send({ type: 'BACK' })
    .send({ type: 'BACK' })
    .send({ type: 'BACK' })
    .expectIn(STATE.liveView);

const cameraCredential = (site: HeadlessSite) => (site.persisted(0) as { credential: string | null }).credential;
const nvrCredential = (site: HeadlessSite) => adminCredential(site.recorder.snapshot().context.flash);
const logKinds = (site: HeadlessSite) => site.recorder.snapshot().context.flash.systemLog.map((entry) => entry.kind);

describe('P8: an IP camera reset, and the NVR adding it again with its own password', () => {
  it('adds a factory-fresh camera with the admin credential once the camera is up', async () => {
    const { site, driver } = siteWith([{ model: 'E893AB', port: 1 }]);
    await expectTile(initialize(driver), 'videoLoss');
    expect(site.led(0)).toBe('blinking');
    await expectTile(driver.wait(IP_CAMERA_BOOT_MS), 'online');
    expect(site.led(0)).toBe('solid');
    expect(cameraCredential(site)).toBe(nvrCredential(site));
    expect(site.recorder.snapshot().context.flash.channels[0]).toMatchObject({ credential: nvrCredential(site) });
    expect(logKinds(site)).toContain('cameraAdded');
    expect(JSON.stringify(site.recorder.snapshot().context.flash)).not.toContain(ADMIN_PASSWORD);
  });

  it('keeps the added camera across a power cycle (flash), without adding it twice', async () => {
    const { site, driver } = siteWith([{ model: 'E893AB', port: 1 }]);
    await initialize(driver).wait(IP_CAMERA_BOOT_MS);
    const flash = site.recorder.snapshot().context.flash;
    expect(restoreFlash(JSON.parse(JSON.stringify(flash)))).toEqual({ ok: true, flash });
    await expectTile(driver.powerOff().boot(), 'videoLoss');
    expect(site.led(0)).toBe('blinking');
    await expectTile(driver.wait(IP_CAMERA_BOOT_MS), 'online');
    expect(logKinds(site).filter((kind) => kind === 'cameraAdded')).toHaveLength(1);
  });

  it('is deterministic: the same seed and steps give the same recorder and camera', async () => {
    const run = async () => {
      const { site, driver } = siteWith([{ model: 'E893AB', port: 1 }]);
      await initialize(driver).wait(IP_CAMERA_BOOT_MS);
      return { flash: site.recorder.snapshot().context.flash, camera: site.persisted(0) };
    };
    expect(await run()).toEqual(await run());
  });

  it('shows an authentication error after a factory default; only the camera reset with a re-plug fixes it', async () => {
    // The state a factory default leaves: a new admin password, no channels, the camera still has the old credential.
    const camera = { model: 'E893AB', serial: 'E89300000001', mac: '02:00:00:00:00:01', credential: OLD_CREDENTIAL };
    const { site, driver } = siteWith([{ model: 'E893AB', port: 1, persisted: camera } as SiteCameraOptions]);
    await expectTile(initialize(driver).wait(IP_CAMERA_BOOT_MS), 'authError');

    // The Cameras page offers a Re-add; the camera refuses the NVR's password, so the page tells how to reset it.
    await logIn(driver)
      .click('Settings')
      .click('Camera')
      .check((model) => expect(JSON.stringify(model)).toContain('Authentication Error'))
      .click('Re-add CH1')
      .check((model) => {
        const page = model.layers.find((layer) => layer.kind === 'menuWindow');
        expect(page?.kind === 'menuWindow' ? page.page?.alert : null).toMatch(CAMERAS_PAGE_ALERT);
      });
    await backToLiveView(driver);

    // Held while running, without the re-plug: nothing.
    site.pressReset(0);
    await driver.wait(60_000);
    site.releaseReset(0);
    await expectTile(driver.wait(1_000), 'authError');
    expect(cameraCredential(site)).toBe(OLD_CREDENTIAL);

    // Re-plugged while held, released after 14.999 s: the camera just starts again.
    site.pressReset(0);
    site.unplugEthernet(0);
    expect(site.led(0)).toBe('off');
    site.plugEthernet(0);
    await driver.wait(IP_CAMERA_RESET_HOLD_MS - 1);
    site.releaseReset(0);
    await expectTile(driver.wait(IP_CAMERA_BOOT_MS), 'authError');
    expect(cameraCredential(site)).toBe(OLD_CREDENTIAL);

    // Re-plugged without holding: a plain restart.
    site.unplugEthernet(0);
    site.plugEthernet(0);
    await expectTile(driver.wait(IP_CAMERA_BOOT_MS), 'authError');

    // The procedure: hold, unplug, re-plug, keep holding 15 s.
    site.pressReset(0);
    site.unplugEthernet(0);
    site.plugEthernet(0);
    await driver.wait(IP_CAMERA_RESET_HOLD_MS);
    expect(cameraCredential(site)).toBeNull();
    expect(site.led(0)).toBe('blinking');
    site.releaseReset(0);
    await expectTile(driver.wait(IP_CAMERA_RESET_RESTART_MS - 1), 'videoLoss');
    expect(site.led(0)).toBe('blinking');
    await expectTile(driver.wait(1), 'online');
    expect(site.led(0)).toBe('solid');
    expect(cameraCredential(site)).toBe(nvrCredential(site));
    expect(logKinds(site).filter((kind) => kind === 'cameraAdded')).toHaveLength(1);
  });

  it('shows an authentication error after a password change without sync, and offers the sync again', async () => {
    const { site, driver } = siteWith([{ model: 'E893AB', port: 1 }]);
    await initialize(driver).wait(IP_CAMERA_BOOT_MS);
    const first = nvrCredential(site);
    await changeAdminPassword(logIn(driver)).expectIn(SYNC_PROMPT).click('Cancel').expectIn(STATE.menu);
    await expectTile(backToLiveView(driver), 'authError');
    expect(cameraCredential(site)).toBe(first);
    // The camera still accepts the credential the NVR gave it: Re-add on the Cameras page syncs it.
    await driver
      .rightClick()
      .click('Main Menu')
      .click('Settings')
      .click('Camera')
      .click('Re-add CH1')
      .expectIn(SYNC_PROMPT)
      .click('OK')
      .expectIn(STATE.menu);
    expect(cameraCredential(site)).toBe(nvrCredential(site));
    await expectTile(backToLiveView(driver), 'online');
  });
});

describe('P1 with IP cameras: the recorder asks to sync the new password to the cameras', () => {
  it('pushes the new credential to every camera that accepted the old one, and logs it', async () => {
    const { site, driver } = siteWith([{ model: 'E893AB', port: 1 }]);
    await initialize(driver).wait(IP_CAMERA_BOOT_MS);
    const first = nvrCredential(site);
    await changeAdminPassword(logIn(driver))
      .expectIn(SYNC_PROMPT)
      .check((model) => expect(JSON.stringify(model)).toContain('1 camera uses the previous admin password.'))
      .click('OK')
      .expectIn(STATE.menu);
    expect(nvrCredential(site)).not.toBe(first);
    expect(cameraCredential(site)).toBe(nvrCredential(site));
    expect(site.recorder.snapshot().context.flash.channels[0]?.credential).toBe(nvrCredential(site));
    expect(logKinds(site)).toContain('cameraSynced');
    await expectTile(backToLiveView(driver), 'online');
  });

  it('does not ask when no camera is attached', async () => {
    const { driver } = siteWith([]);
    await changeAdminPassword(logIn(initialize(driver))).expectIn(STATE.menu);
  });
});

describe('P7 on a DVR: analog channels have no camera password', () => {
  it('shows analog cameras online, never an authentication error, and never asks to sync', async () => {
    const { site, driver } = siteWith([{ model: 'analog', port: 1 }], 'D841A82B');
    await expectTile(initialize(driver), 'online');
    await changeAdminPassword(logIn(driver), HOME_USERS).expectIn(STATE.menu);
    await expectTile(backToLiveView(driver), 'online');
    expect(site.recorder.snapshot().context.flash.channels).toEqual([]);
    await driver.powerOff().powerOn();
    expect(site.led(0)).toBe('solid');
  });
});

describe('P9: a Wi-Fi camera has no password reset; hold reset 10 s, then add it again as a new device', () => {
  it('chimes, flashes green and leaves the account after a 10 s hold; a shorter hold does nothing', async () => {
    const { site, driver } = siteWith([{ model: 'W462AQC' }]);
    expect(site.led(0)).toBe('solid');
    site.pressReset(0);
    await driver.wait(WIFI_CAMERA_RESET_HOLD_MS - 1);
    site.releaseReset(0);
    expect(site.chimes).toEqual([]);
    expect(site.persisted(0)).toMatchObject({ bound: true });

    site.pressReset(0);
    await driver.wait(WIFI_CAMERA_RESET_HOLD_MS);
    expect(site.chimes).toHaveLength(1);
    expect(site.led(0)).toBe('flashingGreen');
    expect(site.persisted(0)).toMatchObject({ bound: false });
    site.releaseReset(0);
    await driver.wait(60_000);
    expect(site.led(0)).toBe('flashingGreen');

    site.addToAccount(0);
    expect(site.led(0)).toBe('solid');
    expect(site.persisted(0)).toMatchObject({ bound: true });
    expect(site.chimes).toHaveLength(1);
  });
});
