/**
 * The camera machines on their own (credentials, LEDs, power) and the recorder's reading of its ports.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { IP_CAMERA_BOOT_MS, manufactureCamera, isCameraModelId } from '../../../firmware/camera/cameraCatalogue';
import { ipCameraLed, ipCameraMachine, isIpCameraOnline } from '../../../firmware/camera/ipCameraMachine';
import { createHeadlessSite } from '../../../firmware/headless/site';
import { ADMIN_PASSWORD, FAST, STATE } from '../support';
import { RecorderDriver } from '../../../firmware';

const START_MS = 1_000_000;

function runningCamera(credential: string | null) {
  const actor = createActor(ipCameraMachine, {
    input: { camera: { ...manufactureCamera('E893AB', 5), credential }, now: START_MS, poe: true },
  });
  actor.start();
  actor.send({ type: 'TICK', now: START_MS + IP_CAMERA_BOOT_MS });
  return actor;
}

describe('an IP camera', () => {
  it('is made deterministically from its seed', () => {
    expect(manufactureCamera('E893AB', 9)).toEqual(manufactureCamera('E893AB', 9));
    expect(manufactureCamera('E893AB', 9).serial).toMatch(/^E893\d{8}$/);
    expect(manufactureCamera('E893AB', 9).serial).not.toBe(manufactureCamera('E893AB', 10).serial);
    expect(isCameraModelId('W462AQC')).toBe(true);
    expect(isCameraModelId('LNR6108')).toBe(false);
  });

  it('starts IP_CAMERA_BOOT_MS after power over Ethernet arrives: LED off, blinking, solid', () => {
    const actor = createActor(ipCameraMachine, {
      input: { camera: { ...manufactureCamera('E893AB', 5), credential: null }, now: START_MS },
    });
    actor.start();
    expect(ipCameraLed(actor.getSnapshot())).toBe('off');
    actor.send({ type: 'POE', on: true });
    expect(ipCameraLed(actor.getSnapshot())).toBe('blinking');
    actor.send({ type: 'TICK', now: START_MS + IP_CAMERA_BOOT_MS - 1 });
    expect(isIpCameraOnline(actor.getSnapshot())).toBe(false);
    actor.send({ type: 'TICK', now: START_MS + IP_CAMERA_BOOT_MS });
    expect(isIpCameraOnline(actor.getSnapshot())).toBe(true);
    expect(ipCameraLed(actor.getSnapshot())).toBe('solid');
    actor.send({ type: 'POE', on: false });
    expect(ipCameraLed(actor.getSnapshot())).toBe('off');
  });

  it('takes a credential when factory-fresh, or when the NVR proves the current one; refuses otherwise', () => {
    const fresh = runningCamera(null);
    fresh.send({ type: 'SET_CREDENTIAL', credential: 'one', current: null });
    expect(fresh.getSnapshot().context.camera.credential).toBe('one');
    fresh.send({ type: 'SET_CREDENTIAL', credential: 'two', current: 'wrong' });
    expect(fresh.getSnapshot().context.camera.credential).toBe('one');
    fresh.send({ type: 'SET_CREDENTIAL', credential: 'two', current: null });
    expect(fresh.getSnapshot().context.camera.credential).toBe('one');
    fresh.send({ type: 'SET_CREDENTIAL', credential: 'two', current: 'one' });
    expect(fresh.getSnapshot().context.camera.credential).toBe('two');
  });

  it('ignores credentials while it is not running', () => {
    const actor = createActor(ipCameraMachine, {
      input: { camera: { ...manufactureCamera('E893AB', 5), credential: null }, now: START_MS, poe: true },
    });
    actor.start();
    actor.send({ type: 'SET_CREDENTIAL', credential: 'one', current: null });
    expect(actor.getSnapshot().context.camera.credential).toBeNull();
  });
});

describe('the site: power over Ethernet follows the recorder', () => {
  it('powers the cameras while the recorder is on, not when it is off or shut down', async () => {
    const site = createHeadlessSite({ ...FAST, cameras: [{ model: 'E893AB', port: 2 }] });
    const driver = new RecorderDriver(site.recorder);
    expect(site.led(0)).toBe('off');
    await driver
      .boot()
      .fill('Password', ADMIN_PASSWORD)
      .fill('Confirm Password', ADMIN_PASSWORD)
      .click('Next')
      .click('Finish')
      .wait(IP_CAMERA_BOOT_MS)
      .expectIn(STATE.liveView);
    expect(site.led(0)).toBe('solid');
    expect(site.recorder.snapshot().context.cameraPorts[1]).toMatchObject({ online: true });
    await driver.powerOff();
    expect(site.led(0)).toBe('off');
    expect(site.recorder.snapshot().context.cameraPorts[1]).toMatchObject({ online: false });
    site.stop();
  });

  it('ignores a report for a port the recorder does not have', async () => {
    const site = createHeadlessSite(FAST);
    const before = site.recorder.snapshot().context.cameraPorts;
    site.recorder.send({ type: 'CAMERA_STATUS', port: 99, camera: null });
    site.recorder.send({ type: 'CAMERA_STATUS', port: 1.5, camera: null });
    expect(site.recorder.snapshot().context.cameraPorts).toBe(before);
    await site.settle();
    site.stop();
  });
});
