/**
 * The Mobile App's device commands: P4 (Forgot device password, owner only, families `app` and `home`), P5 (the
 * `connect` recorder's app-account verification leaves as the recorder event), P9 (a reset Wi-Fi camera is added
 * again; duplicates refused).
 */
import { describe, expect, it } from 'vitest';
import { checkTemporaryPassword } from '../../firmware/security/temporaryPassword';
import { createOutsideWorld } from '../../outside/outsideWorld';
import type { RecorderModelId } from '../../firmware/catalogue/models';
import { mailLine, testWorld, TODAY, type TestWorld } from './outsideSupport';

async function loggedIn(modelId: RecorderModelId): Promise<TestWorld> {
  const test = await testWorld(modelId);
  await test.world.appLogIn({ email: 'alex@example.com', password: 'Welcome#2026' });
  return test;
}

describe('P4: Forgot device password', () => {
  it.each<RecorderModelId>(['N863A63B', 'N841A81', 'D841A82B'])(
    'e-mails the %s owner a temporary password for the displayed date',
    async (modelId) => {
      const test = await loggedIn(modelId);
      expect(await test.world.sendDevicePasswordReset('device-1', '2026-03-05')).toEqual({
        ok: true,
        value: undefined,
      });
      const typed = mailLine(test.world.state, 'temporary-password', 'Temporary password: ') ?? '';
      const unit = { secret: test.unit.secret, deviceId: test.unit.deviceId, typed };
      expect(await checkTemporaryPassword({ ...unit, date: '2026-03-05' })).toBe(true);
      expect(await checkTemporaryPassword({ ...unit, date: TODAY })).toBe(false);
    },
  );

  it.each<RecorderModelId>(['LNR6108', 'LNR440', 'N831A81'])('is not offered for %s', async (modelId) => {
    const test = await loggedIn(modelId);
    const result = await test.world.sendDevicePasswordReset('device-1', TODAY);
    expect(!result.ok && result.errors.device).toMatch(/cannot reset its password from the app/);
  });

  it('is for the logged-in owner only', async () => {
    const test = await testWorld('N841A81');
    const out = await test.world.sendDevicePasswordReset('device-1', TODAY);
    expect(!out.ok && out.errors.device).toBe('Log in to the app first.');
    const shared = await loggedIn('N841A81');
    const state = shared.world.state;
    const world = createOutsideWorld({
      state: { ...state, appDevices: state.appDevices.map((d) => ({ ...d, owner: false })) },
      now: shared.now,
      persist: async () => {},
    });
    const result = await world.sendDevicePasswordReset('device-1', TODAY);
    expect(!result.ok && result.errors.device).toMatch(/Only the owner/);
    const camera = await shared.world.sendDevicePasswordReset('device-2', TODAY);
    expect(!camera.ok && camera.errors.device).toBe('This recorder is not in your device list.');
    const badDate = await shared.world.sendDevicePasswordReset('device-1', '2026-02-31');
    expect(!badDate.ok && badDate.errors.device).toMatch(/2026-02-31 is not a date/);
  });
});

describe('P5: account verification from the app', () => {
  it('returns the recorder event for a connect recorder', async () => {
    const test = await loggedIn('N831A81');
    const result = await test.world.verifyRecorderFromApp('device-1', ' 123456 ');
    expect(result).toEqual({
      ok: true,
      value: { type: 'APP_VERIFICATION_APPROVED', deviceId: test.unit.deviceId, code: '123456' },
    });
  });

  it('refuses a malformed code, other families and a logged-out app', async () => {
    const test = await loggedIn('N831A81');
    const bad = await test.world.verifyRecorderFromApp('device-1', '12345');
    expect(!bad.ok && bad.errors).toEqual({ code: 'Enter the 6-digit code the recorder shows.' });
    const other = await loggedIn('N841A81');
    const notConnect = await other.world.verifyRecorderFromApp('device-1', '123456');
    expect(!notConnect.ok && notConnect.errors.device).toMatch(/does not use account verification/);
    await test.world.appLogOut();
    const out = await test.world.verifyRecorderFromApp('device-1', '123456');
    expect(!out.ok && out.errors.device).toBe('Log in to the app first.');
  });
});

describe('P9: Add New Device', () => {
  it('adds a reset Wi-Fi camera again, once', async () => {
    const test = await loggedIn('LNR6108');
    const wifi = test.world.state.appDevices.find((device) => device.kind === 'wifi-camera');
    if (!wifi) throw new Error('no Wi-Fi camera');
    const camera = { kind: 'wifi-camera' as const, modelId: wifi.modelId, serialNumber: wifi.serialNumber };
    const duplicate = await test.world.addAppDevice(camera);
    expect(!duplicate.ok && duplicate.errors.device).toBe('This camera is already in your device list.');
    await test.world.forgetAppDevice(wifi.serialNumber);
    expect(test.world.state.appDevices.some((device) => device.serialNumber === wifi.serialNumber)).toBe(false);
    expect(await test.world.addAppDevice(camera)).toEqual({ ok: true, value: undefined });
    expect(test.world.state.appDevices.at(-1)).toMatchObject({
      kind: 'wifi-camera',
      serialNumber: wifi.serialNumber,
      owner: true,
    });
    expect(new Set(test.world.state.appDevices.map((device) => device.id)).size).toBe(
      test.world.state.appDevices.length,
    );
  });

  it('refuses other devices and a logged-out app', async () => {
    const test = await loggedIn('LNR6108');
    const ip = await test.world.addAppDevice({ kind: 'wifi-camera', modelId: 'E893AB', serialNumber: 'E89312345678' });
    expect(!ip.ok && ip.errors.device).toBe('Only a Wi-Fi camera can be added here.');
    await test.world.appLogOut();
    const out = await test.world.addAppDevice({
      kind: 'wifi-camera',
      modelId: 'W462AQC',
      serialNumber: 'W46200000001',
    });
    expect(!out.ok && out.errors.device).toBe('Log in to the app first.');
  });
});
