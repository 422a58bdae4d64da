/**
 * Presets: each starting point, on a cloud-like model and on the legacy family, checked on the real firmware
 * (screens, logins) and, where the visible effect belongs to features built in parallel (camera authentication
 * error, recovery after an interrupted upgrade), on the flash it produces.
 */
import { describe, expect, it } from 'vitest';
import {
  buildPreset,
  createRecorder,
  PRESET_IDS,
  PRESET_PASSWORDS,
  PROFILES,
  RECORDER_MODELS,
  restoreFlash,
  SECOND_ADMIN_NAME,
  type PresetId,
  type Recorder,
  type RecorderModelId,
} from '../../../firmware';
import { verifyPassword } from '../../../firmware/security/passwordHash';
import { LOGIN, QUICK_MENU } from '../../../firmware/controls/controlIds';
import { STATE } from '../support';

const FAST = { seed: 7, pbkdf2Iterations: 1_000 } as const;

/** Opens the login dialog from live view and tries `user` / `password`. */
async function tryLogin(recorder: Recorder, user: string, password: string) {
  await recorder.send({ type: 'CONTEXT_MENU', x: 640, y: 360 });
  await recorder.send({ type: 'ACTIVATE', control: QUICK_MENU.mainMenu });
  await recorder.send({ type: 'SET_FIELD', control: LOGIN.userName, value: user });
  await recorder.send({ type: 'SET_FIELD', control: LOGIN.password, value: password });
  return recorder.send({ type: 'ACTIVATE', control: LOGIN.ok });
}

describe.each(['LNR6108', 'LNR440'] as const)('presets on %s', (modelId: RecorderModelId) => {
  const passwords = PRESET_PASSWORDS[modelId === 'LNR440' ? 'sixCharacters' : 'eightToThirtyTwoTwoTypes'];

  it.each(PRESET_IDS.filter((id) => id !== 'cameraAuthError' || modelId !== 'LNR440'))(
    '%s builds a flash that restoreFlash accepts unchanged',
    async (id: PresetId) => {
      const { flash } = await buildPreset(id, { modelId, ...FAST });
      expect(restoreFlash(JSON.parse(JSON.stringify(flash)))).toEqual({ ok: true, flash });
      for (const user of flash.users) expect(user.password.iterations).toBe(FAST.pbkdf2Iterations);
      expect(new Set(flash.users.map((u) => u.password.salt)).size).toBe(flash.users.length);
    },
  );

  it('initialized: the owner logs in with the documented password', async () => {
    const recorder = await createRecorder({ modelId, preset: 'initialized', ...FAST });
    expect(recorder.credentials).toEqual([{ user: 'admin', password: passwords.known }]);
    expect((await tryLogin(recorder, 'admin', passwords.known)).matches(STATE.menu)).toBe(true);
  });

  it('forgotPassword: no known credential opens it, and the hash is not of a practice password', async () => {
    const recorder = await createRecorder({ modelId, preset: 'forgotPassword', ...FAST });
    expect(recorder.credentials).toEqual([]);
    const admin = recorder.flash().users.find((u) => u.name === 'admin')!;
    for (const guess of Object.values(passwords)) expect(await verifyPassword(guess, admin.password)).toBe(false);
    await tryLogin(recorder, 'admin', passwords.known);
    expect(recorder.snapshot().matches(STATE.login)).toBe(true);
    expect(recorder.screen().alert).not.toBeNull();
  });

  it('lockedOut: locked after boot, the right password is refused, and a power cycle clears the lock (P11)', async () => {
    const recorder = await createRecorder({ modelId, preset: 'lockedOut', ...FAST });
    expect(recorder.screen().alert).toMatch(/locked/);
    await recorder.send({ type: 'SET_FIELD', control: LOGIN.password, value: passwords.known });
    await recorder.send({ type: 'ACTIVATE', control: LOGIN.ok });
    expect(recorder.screen().alert).toMatch(/locked/);
    expect(recorder.snapshot().matches(STATE.login)).toBe(true);
    await recorder.send({ type: 'POWER_OFF' });
    await recorder.send({ type: 'POWER_ON' });
    await recorder.advance(recorder.snapshot().context.bootDurationMs);
    expect((await tryLogin(recorder, 'admin', passwords.known)).matches(STATE.menu)).toBe(true);
  });

  it('secondAdmin: the second admin logs in; the first admin password is unknown (P6)', async () => {
    const recorder = await createRecorder({ modelId, preset: 'secondAdmin', ...FAST });
    expect(recorder.credentials).toEqual([{ user: SECOND_ADMIN_NAME, password: passwords.second }]);
    expect(recorder.flash().users.find((u) => u.name === SECOND_ADMIN_NAME)?.group).toBe('admin');
    expect((await tryLogin(recorder, SECOND_ADMIN_NAME, passwords.second)).matches(STATE.menu)).toBe(true);
  });

  it('wrongClock: the System Date shows the device clock, days behind the world', async () => {
    const recorder = await createRecorder({ modelId, preset: 'wrongClock', ...FAST });
    expect(recorder.screen().values['System Date']).toBe('2026-02-27 05:00:05');
  });

  it('upgradeInterrupted: the flash says an image was being written (next boot: recovery, storage feature)', async () => {
    const { flash } = await buildPreset('upgradeInterrupted', { modelId, ...FAST });
    expect(flash.firmware.upgradeInProgress).toBe(true);
    expect(flash.systemLog.at(-1)?.kind).toBe('upgrade');
  });
});

describe('cameraAuthError', () => {
  it('channel 1 holds the hash of an older admin password, not the current one', async () => {
    const recorder = await createRecorder({ modelId: 'LNR6108', preset: 'cameraAuthError', ...FAST });
    const flash = recorder.flash();
    const admin = flash.users.find((u) => u.name === 'admin')!;
    expect(flash.channels).toHaveLength(8);
    expect(flash.channels[0]?.credential).toMatch(/^[0-9a-f]{64}$/);
    expect(flash.channels[0]?.credential).not.toBe(admin.password.hash);
    expect(flash.channels.slice(1).every((c) => c.credential === null)).toBe(true);
    expect(
      (await tryLogin(recorder, 'admin', PRESET_PASSWORDS.eightToThirtyTwoTwoTypes.known)).matches(STATE.menu),
    ).toBe(true);
  });

  it('is refused on a DVR, whose analog cameras have no password', async () => {
    await expect(buildPreset('cameraAuthError', { modelId: 'D841A82B', ...FAST })).rejects.toThrow(/analog/);
  });
});

it('the same seed gives the same preset flash, another seed other salts', async () => {
  const [a, b, c] = await Promise.all([
    buildPreset('secondAdmin', { modelId: 'LNR6108', ...FAST }),
    buildPreset('secondAdmin', { modelId: 'LNR6108', ...FAST }),
    buildPreset('secondAdmin', { modelId: 'LNR6108', seed: 8, pbkdf2Iterations: 1_000 }),
  ]);
  expect(JSON.stringify(b.flash)).toBe(JSON.stringify(a.flash));
  expect(c.flash.users[0]?.password.salt).not.toBe(a.flash.users[0]?.password.salt);
});

it('an unknown preset or model is refused by name', async () => {
  const lnr = { modelId: 'LNR6108', ...FAST } as const;
  await expect(buildPreset('nope' as PresetId, lnr)).rejects.toThrow(/Unknown preset "nope"/);
  await expect(buildPreset('toString' as PresetId, lnr)).rejects.toThrow(/Unknown preset/);
  await expect(buildPreset('fresh', { ...FAST, modelId: 'X1' as RecorderModelId })).rejects.toThrow(/model "X1"/);
});

describe.each(Object.keys(RECORDER_MODELS) as RecorderModelId[])('every preset on %s', (modelId) => {
  const presets = PRESET_IDS.filter(
    (id) => id !== 'cameraAuthError' || RECORDER_MODELS[modelId].cameraInputs === 'poe',
  );
  it.each(presets)('%s boots to a resting screen', async (preset) => {
    const recorder = await createRecorder({ modelId, preset, ...FAST });
    const firstBoot = PROFILES[RECORDER_MODELS[modelId].profile].firstBoot;
    const freshScreen = firstBoot === 'deviceInitialization' ? STATE.deviceInitPassword : STATE.liveView;
    const expected =
      preset === 'lockedOut'
        ? STATE.login
        : preset === 'fresh'
          ? freshScreen
          : preset === 'upgradeInterrupted'
            ? { on: 'recovery' }
            : STATE.liveView;
    expect(recorder.snapshot().matches(expected as never)).toBe(true);
    expect(recorder.screen().busy).toBe(false);
    expect(recorder.snapshot().status).toBe('active');
    recorder.stop();
  });
});
