/**
 * P2, P3, P4 on the recorder's side: support issues a temporary password for the date the recorder displays; the
 * owner logs in as admin with it, is asked to change the password at once and uses it as Old Password.
 */
import { describe, expect, it } from 'vitest';
import { drive } from '../../../firmware';
import { ADMIN_PASSWORD, FAST, initializedRecorder, logIn, STATE } from '../support';
import { logOut, supportCode, untilTimeOfDay } from './accessSupport';

const TEMPORARY_PROMPT = { on: { running: { ready: 'temporaryPasswordPrompt' } } } as const;
const NEW_PASSWORD = 'Garden#2027';

describe('P2/P3/P4: logging in with the temporary password support issued (cloud)', () => {
  it('logs in, asks to change the password at once, and takes the code as Old Password', async () => {
    const recorder = initializedRecorder();
    const code = await supportCode(recorder);
    await logIn(recorder, code)
      .expectIn(TEMPORARY_PROMPT)
      .click('OK')
      .expectIn(STATE.modifyUser)
      .fill('Old Password', code)
      .fill('New Password', NEW_PASSWORD)
      .fill('Confirm Password', NEW_PASSWORD)
      .click('OK')
      .expectIn(STATE.menu)
      .check((_, snapshot) => {
        const kinds = snapshot.context.flash.systemLog.map((entry) => entry.kind);
        expect(kinds.slice(-2)).toEqual(['temporaryPasswordLogin', 'passwordChanged']);
        expect(JSON.stringify(snapshot.context.flash)).not.toContain(code);
      });
    await logOut(recorder);
    await logIn(recorder, NEW_PASSWORD).expectIn(STATE.menu);
  });

  it('accepts the code typed in lower case, with spaces instead of hyphens', async () => {
    const recorder = initializedRecorder();
    const code = await supportCode(recorder);
    await logIn(recorder, code.toLowerCase().replace(/-/g, ' ')).expectIn(TEMPORARY_PROMPT);
  });

  it('leaves the stored password unchanged until the owner changes it', async () => {
    const recorder = initializedRecorder();
    const code = await supportCode(recorder);
    await logOut(logIn(recorder, code).click('Later').expectIn(STATE.menu));
    await logIn(recorder, ADMIN_PASSWORD).expectIn(STATE.menu);
  });

  it('refuses a code issued for another date, and counts it as a wrong password', async () => {
    const recorder = initializedRecorder();
    const tomorrow = await supportCode(recorder, '2026-03-03');
    await logIn(recorder, tomorrow).expectIn(STATE.login).expectAlert('Wrong user name or password. 4 attempts left.');
  });

  it('works until 23:59:59 of the displayed date', async () => {
    const recorder = initializedRecorder();
    const code = await supportCode(recorder);
    await logIn(recorder.wait(untilTimeOfDay(recorder, 23, 59, 59)), code).expectIn(TEMPORARY_PROMPT);
  });

  it('expires at midnight device time', async () => {
    const recorder = initializedRecorder();
    const code = await supportCode(recorder);
    await logIn(recorder.wait(untilTimeOfDay(recorder, 24, 0, 0)), code)
      .expectIn(STATE.login)
      .expectAlert(/Wrong user name or password/);
  });

  it('is only for admin', async () => {
    const recorder = drive({ ...FAST, modelId: 'LNR440' }).boot();
    const code = await supportCode(recorder);
    await logIn(recorder, code, 'default').expectAlert('Wrong user name or password. 2 attempts left.');
    await logIn(recorder.click('Cancel'), code).expectIn(TEMPORARY_PROMPT);
  });

  it('refuses a wrong Old Password in the session it opened', async () => {
    const recorder = initializedRecorder();
    const code = await supportCode(recorder);
    await logIn(recorder, code)
      .click('OK')
      .fill('Old Password', 'Wrong#1234')
      .fill('New Password', NEW_PASSWORD)
      .fill('Confirm Password', NEW_PASSWORD)
      .click('OK')
      .expectIn(STATE.modifyUser)
      .expectAlert('The old password is incorrect.');
  });

  it('is not accepted as Old Password in a session opened with the stored password', async () => {
    const recorder = initializedRecorder();
    const code = await supportCode(recorder);
    await logIn(recorder)
      .click('Settings')
      .click('System')
      .click('Account')
      .click('User')
      .click('Modify admin')
      .click('Modify Password')
      .fill('Old Password', code)
      .fill('New Password', NEW_PASSWORD)
      .fill('Confirm Password', NEW_PASSWORD)
      .click('OK')
      .expectAlert('The old password is incorrect.');
  });
});

describe('P4: the families whose app e-mails a temporary password accept it the same way', () => {
  it.each(['N841A81', 'N863A63B'] as const)('%s', async (modelId) => {
    const recorder = initializedRecorder({ ...FAST, modelId });
    const code = await supportCode(recorder);
    await logIn(recorder, code).expectIn(TEMPORARY_PROMPT);
  });
});

describe('P11: wrong temporary passwords and the lockout', () => {
  it('counts wrong codes towards the lock, and refuses the right code while locked', async () => {
    const recorder = initializedRecorder();
    const code = await supportCode(recorder);
    let chain = recorder.rightClick().click('Main Menu');
    for (let i = 0; i < 5; i++) chain = chain.fill('Password', `ZZZZ-ZZZZ-ZZZ${i + 2}`).click('OK');
    await chain
      .expectAlert('The account is locked. Try again in 30:00.')
      .fill('Password', code)
      .click('OK')
      .expectAlert(/locked/)
      .expectIn(STATE.login)
      .check((_, snapshot) => {
        expect(snapshot.context.flash.systemLog.map((entry) => entry.kind).slice(-2)).toEqual([
          'loginFailure',
          'accountLocked',
        ]);
      });
  });

  it('a power cycle clears the lock, and the code works again the same day', async () => {
    const recorder = initializedRecorder();
    const code = await supportCode(recorder);
    let chain = recorder.rightClick().click('Main Menu');
    for (let i = 0; i < 5; i++) chain = chain.fill('Password', 'Wrong#1234').click('OK');
    await logIn(chain.powerOff().boot(), code).expectIn(TEMPORARY_PROMPT);
  });
});
