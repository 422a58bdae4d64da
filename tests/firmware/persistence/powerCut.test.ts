/**
 * docs/architecture.md#persistence, the tab is the power cord: what a recorder keeps on flash survives a power cut and a reload (a new actor
 * from the exported flash); RAM (session, lockout counters, open menus, typed text, progress) never reaches flash.
 */
import { describe, expect, it } from 'vitest';
import {
  createHeadlessRecorder,
  importRecorder,
  newRecorderInput,
  recorderDocument,
  restoreFlash,
  type Flash,
  type HeadlessRecorder,
} from '../../../firmware';
import { RecorderDriver } from '../../../firmware/headless/recorderDriver';
import { keptWithSessionLog, logIn, STATE } from '../support';
import { fillAdminPasswordChange, openModifyAdmin } from '../api/walks';
import { ENTRY_AT, FLASH_KEYS, fullFlash, PERSISTENCE_FAST } from './fullFlash';

const KNOWN = 'Camera2026';
const NEW_PASSWORD = 'Lorex#2027';
const WRONG = 'Wrong#Pass1';

function booted(flash: Flash): { recorder: HeadlessRecorder; driver: RecorderDriver } {
  const recorder = createHeadlessRecorder({
    input: { ...newRecorderInput(PERSISTENCE_FAST), flash, powerSwitchOn: false },
  });
  return { recorder, driver: new RecorderDriver(recorder).boot() };
}

/** A new actor (a reloaded tab) from the document the recorder exports. */
async function reloaded(recorder: HeadlessRecorder) {
  const { context } = recorder.snapshot();
  const document = JSON.stringify(recorderDocument('LNR6108', context.unit, context.flash, recorder.clock.now()));
  return importRecorder(document, { pbkdf2Iterations: 1_000 });
}

describe('what the flash keeps', () => {
  it('survives a power cycle and a reload, key by key', async () => {
    const flash = await fullFlash();
    const { recorder, driver } = booted(flash);
    await driver.powerOff().boot().expectIn(STATE.liveView);
    expect(keptWithSessionLog(recorder.snapshot().context.flash, flash)).toBe(true);
    const again = await reloaded(recorder);
    for (const key of FLASH_KEYS.filter((k) => k !== 'systemLog')) {
      expect({ key, value: again.flash()[key] }).toEqual({ key, value: flash[key] });
    }
    expect(keptWithSessionLog(again.flash(), flash)).toBe(true);
    // Three boots of 5 s since 09:00:00 world time, shown 2 h behind (the stored clock offset).
    expect(again.screen().values['System Date']).toBe('2026-03-02 07:00:15');
  });

  it('a password change is written with every other key intact, and the new password opens the reloaded recorder', async () => {
    const flash = await fullFlash();
    const { recorder, driver } = booted(flash);
    await fillAdminPasswordChange(logIn(driver, KNOWN), KNOWN, NEW_PASSWORD).click('OK').expectAlert(null);
    const written = recorder.snapshot().context.flash;
    expect(written.users[0]?.password).not.toEqual(flash.users[0]?.password);
    for (const key of FLASH_KEYS.filter((k) => k !== 'users' && k !== 'randomSeed' && k !== 'systemLog')) {
      expect({ key, value: written[key] }).toEqual({ key, value: flash[key] });
    }
    // The log keeps every entry and gains the boot, the login and the password change.
    expect(written.systemLog.slice(0, flash.systemLog.length)).toEqual(flash.systemLog);
    expect(written.systemLog.slice(flash.systemLog.length).map((entry) => entry.kind)).toEqual([
      'boot',
      'login',
      'passwordChanged',
    ]);
    const again = await reloaded(recorder);
    await logIn(again.driver(), NEW_PASSWORD).expectIn(STATE.menu);
  });

  it('keeps absolute device times: a day without power shifts no stored time', async () => {
    const flash = await fullFlash();
    const { recorder, driver } = booted(flash);
    await driver.powerOff().wait(86_400_000).boot();
    const kept = recorder.snapshot().context.flash;
    expect(kept.systemLog.slice(0, flash.systemLog.length).map((e) => e.at)).toEqual(flash.systemLog.map((e) => e.at));
    expect(kept.disk).toEqual({
      recordingSince: ENTRY_AT,
      gaps: [{ from: ENTRY_AT + 60_000, to: ENTRY_AT + 240_000 }],
    });
    // The device clock is the world clock plus the stored offset, not a stored "time left".
    expect(recorder.osdModel().layers.find((l) => l.kind === 'liveView')).toMatchObject({
      clock: { value: '2026-03-03 07:00:10' },
    });
  });
});

describe('what the flash never holds', () => {
  it('no session, lockout counter, open menu, typed text or pending work after a busy session', async () => {
    const flash = await fullFlash();
    const { recorder, driver } = booted(flash);
    await openModifyAdmin(logIn(driver, WRONG).fill('Password', WRONG).click('OK').fill('Password', KNOWN).click('OK'))
      .fill('Old Password', KNOWN)
      .fill('New Password', NEW_PASSWORD);
    const { context } = recorder.snapshot();
    expect(context.session).not.toBeNull();
    expect(context.menuPath.length).toBeGreaterThan(0);
    const stored = JSON.stringify(context.flash);
    for (const ram of ['session', 'loginFailures', 'lockedUntil', 'menuPath', 'form', 'focus', 'pendingFlash']) {
      expect(stored).not.toContain(`"${ram}"`);
    }
    for (const typed of [WRONG, KNOWN, NEW_PASSWORD]) expect(stored).not.toContain(typed);
    expect(Object.keys(context.flash).sort()).toEqual(['schemaVersion', ...FLASH_KEYS].sort());
    expect(restoreFlash(JSON.parse(stored))).toEqual({ ok: true, flash: context.flash });
  });

  it('a reload after failed logins starts with no failures counted', async () => {
    const flash = await fullFlash();
    const { recorder, driver } = booted(flash);
    await driver.rightClick().click('Main Menu').fill('Password', WRONG).click('OK');
    expect(recorder.snapshot().context.loginFailures).toEqual({ admin: 1 });
    const again = await reloaded(recorder);
    expect(again.snapshot().context.loginFailures).toEqual({});
    expect(again.snapshot().context.session).toBeNull();
  });

  it('a power cut on the same recorder wipes the failures counted, the typed text, the session and the open menu', async () => {
    const flash = await fullFlash();
    const { recorder, driver } = booted(flash);
    await driver.rightClick().click('Main Menu').fill('Password', WRONG).click('OK');
    expect(recorder.snapshot().context.loginFailures).toEqual({ admin: 1 });
    expect(recorder.snapshot().context.form.values).not.toEqual({});
    await driver.powerOff();
    expect(recorder.snapshot().context.loginFailures).toEqual({});
    expect(recorder.snapshot().context.form.values).toEqual({});
    await logIn(driver.boot(), KNOWN).click('Settings');
    expect(recorder.snapshot().context.session).not.toBeNull();
    expect(recorder.snapshot().context.menuPath).not.toEqual([]);
    await driver.powerOff();
    expect(recorder.snapshot().context.session).toBeNull();
    expect(recorder.snapshot().context.menuPath).toEqual([]);
  });
});
