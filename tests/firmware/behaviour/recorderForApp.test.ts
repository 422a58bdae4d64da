/**
 * What the mobile app learns from the recorder (firmware/view/recorderForApp.ts): the date it displays (P4's
 * temporary password is for that date; nothing while it is off) and whether it accepted the app's P5 approval.
 */
import { describe, expect, it } from 'vitest';
import { drive, isAppVerificationAccepted, recorderDisplayedDate } from '../../../firmware';
import { FAST, initializedRecorder, logIn, STATE } from '../support';
import { openCloudClockPage } from './accessSupport';
import { initializedConnectRecorder } from './usersSupport';

describe('the date the app reads from the recorder', () => {
  it('is nothing while the recorder is off, and the displayed date once it runs', async () => {
    const off = drive(FAST);
    await off;
    expect(recorderDisplayedDate(off.recorder.snapshot())).toBeNull();
    const running = initializedRecorder();
    await running;
    expect(recorderDisplayedDate(running.recorder.snapshot())).toBe('2026-03-02');
  });

  it('follows the clock set on the recorder (device time, not world time)', async () => {
    const driver = openCloudClockPage(logIn(initializedRecorder()))
      .fill('Date', '2026-01-15')
      .fill('Time', '08:30:00')
      .click('Save')
      .expectIn(STATE.menu);
    await driver;
    expect(recorderDisplayedDate(driver.recorder.snapshot())).toBe('2026-01-15');
  });
});

describe("the recorder's answer to the app's approval (P5)", () => {
  it('is accepted for the code shown, refused for another', async () => {
    const driver = initializedConnectRecorder().rightClick().click('Main Menu').click('Forgot Password');
    for (const answer of ['wrong one', 'wrong two', 'wrong three']) driver.fill('Answer', answer).click('OK');
    await driver;
    const { unit, appVerification } = driver.recorder.snapshot().context;
    expect(appVerification).not.toBeNull();
    const code = appVerification!.code;
    const other = code === '000000' ? '111111' : '000000';
    await driver.send({ type: 'APP_VERIFICATION_APPROVED', deviceId: unit.deviceId, code: other });
    expect(isAppVerificationAccepted(driver.recorder.snapshot())).toBe(false);
    await driver.send({ type: 'APP_VERIFICATION_APPROVED', deviceId: unit.deviceId, code });
    expect(isAppVerificationAccepted(driver.recorder.snapshot())).toBe(true);
  });
});
