/**
 * P5 on the N831A81 (Lorex Connect, KB-N831): three security questions are set at Device Initialization; the login
 * dialog's Forgot Password asks them one at a time, and when they fail the owner verifies through the Lorex Connect
 * app (APP_VERIFICATION_APPROVED from the outside world). Either way, a new admin password is saved.
 */
import { describe, expect, it } from 'vitest';
import { drive, MemoryFlashStore, rules, type RecorderDriver } from '../../../firmware';
import { ADMIN_PASSWORD, FAST, initializedRecorder, STATE } from '../support';
import { ANSWERS, initializedConnectRecorder } from './usersSupport';

const CONNECT = { ...FAST, modelId: 'N831A81' } as const;
const NEW_PASSWORD = 'Found#2026';
const QUESTIONS_PAGE = { on: { running: { deviceInit: 'questionsPage' } } } as const;
const RECOVERY = (state: string) => ({ on: { running: { ready: { passwordRecovery: state } } } }) as const;

const toLogin = (driver: RecorderDriver) => driver.rightClick().click('Main Menu').expectIn(STATE.login);
const question = (driver: RecorderDriver) =>
  driver.recorder
    .osdModel()
    .layers.flatMap((layer) =>
      layer.kind === 'dialog' ? layer.rows.flatMap((row) => (row.kind === 'value' ? [row.value] : [])) : [],
    );
const shownCode = (driver: RecorderDriver) => driver.recorder.snapshot().context.appVerification?.code ?? '';
const deviceIdOf = (driver: RecorderDriver) => driver.recorder.snapshot().context.unit.deviceId;

function setNewPassword(driver: RecorderDriver): RecorderDriver {
  return driver
    .expectIn(RECOVERY('newPassword'))
    .expectValue('User Name', 'admin')
    .fill('New Password', NEW_PASSWORD)
    .fill('Confirm Password', NEW_PASSWORD)
    .click('OK')
    .expectIn(STATE.login);
}

const logInWith = (driver: RecorderDriver, password: string) => driver.fill('Password', password).click('OK');

describe('P5: Device Initialization of the connect family asks three security questions', () => {
  it('requires an answer of 2 to 32 characters to each, then stores only salted hashes of the normalised answers', async () => {
    const driver = drive(CONNECT)
      .boot()
      .fill('Password', ADMIN_PASSWORD)
      .fill('Confirm Password', ADMIN_PASSWORD)
      .click('Next')
      .expectIn(QUESTIONS_PAGE)
      .click('Next')
      .expectAlert('Answer 1: enter an answer.')
      .fill('Answer 1', 'x')
      .click('Next')
      .expectAlert('Answer 1: an answer must be 2 to 32 characters long.')
      .fill('Answer 1', ANSWERS[0])
      .fill('Answer 2', ANSWERS[1])
      .click('Next')
      .expectAlert('Answer 3: enter an answer.')
      .fill('Answer 3', ANSWERS[2])
      .click('Next')
      .click('Finish')
      .expectIn(STATE.liveView);
    await driver;
    const { flash } = driver.recorder.snapshot().context;
    expect(flash.securityQuestions.map((entry) => entry.question)).toHaveLength(3);
    for (const entry of flash.securityQuestions) expect(entry.answer.algorithm).toBe('PBKDF2-SHA-256');
    const stored = JSON.stringify(flash).toLowerCase();
    for (const answer of ['rex', 'springfield', 'maple']) expect(stored).not.toContain(answer);
  });

  it('goes back to the password page on right click', async () => {
    await drive(CONNECT)
      .boot()
      .fill('Password', ADMIN_PASSWORD)
      .fill('Confirm Password', ADMIN_PASSWORD)
      .click('Next')
      .rightClick()
      .expectIn(STATE.deviceInitPassword);
  });

  it('is not asked by families without security questions, whose login has no Forgot Password', async () => {
    const driver = toLogin(initializedRecorder());
    await driver;
    expect(JSON.stringify(driver.recorder.osdModel())).not.toContain('Forgot Password');
    expect(driver.recorder.snapshot().context.flash.securityQuestions).toEqual([]);
  });
});

describe('P5: the owner answers a security question and sets a new admin password', () => {
  it('accepts the first answer whatever its case and spaces, saves the password and logs the recovery', async () => {
    const driver = toLogin(initializedConnectRecorder())
      .click('Forgot Password')
      .expectIn(RECOVERY('question'))
      .expectValue('Security Question', 'What is the name of your first pet?')
      .click('OK')
      .expectAlert('Enter the answer.')
      .fill('Answer', '  REX ')
      .click('OK');
    await setNewPassword(driver)
      .check((model) => expect(model.layers.at(-1)).toMatchObject({ kind: 'toast' }))
      .fill('Password', ADMIN_PASSWORD)
      .click('OK')
      .expectAlert(/Wrong user name or password/);
    await logInWith(driver, NEW_PASSWORD).expectIn(STATE.menu);
    const entry = driver.recorder.snapshot().context.flash.systemLog.find((e) => e.kind === 'securityQuestionsReset');
    expect(entry?.detail).toBe('Admin password reset through Password Recovery (a security question).');
  });

  it("applies the family's password rule to the new password", async () => {
    await toLogin(initializedConnectRecorder())
      .click('Forgot Password')
      .fill('Answer', 'rex')
      .click('OK')
      .fill('New Password', 'short')
      .fill('Confirm Password', 'short')
      .click('OK')
      .expectAlert('The password must be 8 to 32 characters long.')
      .expectIn(RECOVERY('newPassword'));
  });

  it('changes nothing when the flash write fails, and says so', async () => {
    const flashStore = new MemoryFlashStore();
    const driver = toLogin(initializedConnectRecorder({ ...CONNECT, flashStore }))
      .click('Forgot Password')
      .fill('Answer', 'rex')
      .click('OK');
    await driver;
    const before = driver.recorder.snapshot().context.flash;
    flashStore.failWith = new Error('write failed');
    await driver
      .fill('New Password', NEW_PASSWORD)
      .fill('Confirm Password', NEW_PASSWORD)
      .click('OK')
      .expectIn(RECOVERY('newPassword'))
      .expectAlert('The password could not be saved. Nothing was changed.');
    expect(driver.recorder.snapshot().context.flash).toBe(before);
  });

  it('returns to the login dialog on Cancel', async () => {
    await toLogin(initializedConnectRecorder()).click('Forgot Password').click('Cancel').expectIn(STATE.login);
  });
});

describe('P5: wrong answers move to the next question, then to verification through the app account', () => {
  it(`after ${rules.RECOVERY_MAX_WRONG_ANSWERS_PER_BOOT} wrong answers shows a code; the app's approval opens New Password`, async () => {
    const driver = toLogin(initializedConnectRecorder()).click('Forgot Password');
    for (const expected of ['What is the name of your first pet?', 'In what city were you born?']) {
      await driver.expectValue('Security Question', expected).fill('Answer', 'Wrong guess').click('OK');
      await driver.expectAlert('The answer is wrong. Answer the next question.');
    }
    await driver
      .expectValue('Security Question', 'What was the name of your first school?')
      .fill('Answer', 'Wrong guess')
      .click('OK')
      .expectIn(RECOVERY('appVerification'))
      .expectAlert('The answers were wrong. Verify through the Lorex Connect app instead.');
    const code = shownCode(driver);
    expect(code).toMatch(/^\d{6}$/);
    expect(question(driver)).toContainEqual({ label: 'Verification Code', value: code });

    // Another recorder's approval is not addressed to this one; a wrong code is refused and said so.
    await driver
      .send({ type: 'APP_VERIFICATION_APPROVED', deviceId: 'OTHERRECORDER01', code })
      .expectIn(RECOVERY('appVerification'))
      .send({
        type: 'APP_VERIFICATION_APPROVED',
        deviceId: deviceIdOf(driver),
        code: code === '123456' ? '654321' : '123456',
      })
      .expectAlert('The app approved a different code. Scan the code on this screen.')
      .send({ type: 'APP_VERIFICATION_APPROVED', deviceId: deviceIdOf(driver), code });
    await setNewPassword(driver);
    await logInWith(driver, NEW_PASSWORD).expectIn(STATE.menu);
    const entry = driver.recorder.snapshot().context.flash.systemLog.find((e) => e.kind === 'securityQuestionsReset');
    expect(entry?.detail).toBe('Admin password reset through Password Recovery (app-account verification).');
  });

  it('lets the owner choose the app at once with Use App Verification', async () => {
    const driver = toLogin(initializedConnectRecorder()).click('Forgot Password').click('Use App Verification');
    await driver.expectIn(RECOVERY('appVerification'));
    await setNewPassword(
      driver.send({ type: 'APP_VERIFICATION_APPROVED', deviceId: deviceIdOf(driver), code: shownCode(driver) }),
    );
  });

  it('refuses an approval once the code has expired', async () => {
    const driver = toLogin(initializedConnectRecorder()).click('Forgot Password').click('Use App Verification');
    await driver;
    const code = shownCode(driver);
    await driver
      .wait(rules.APP_VERIFICATION_VALID_MS)
      .send({ type: 'APP_VERIFICATION_APPROVED', deviceId: deviceIdOf(driver), code })
      .expectIn(RECOVERY('appVerification'))
      .expectAlert('The code has expired. Cancel and click Forgot Password again.');
  });

  it(`voids the code after ${rules.APP_VERIFICATION_MAX_WRONG_TRIES} wrong codes: even the right one is refused then`, async () => {
    const driver = toLogin(initializedConnectRecorder()).click('Forgot Password').click('Use App Verification');
    await driver;
    const code = shownCode(driver);
    const wrong = code === '123456' ? '654321' : '123456';
    for (let attempt = 1; attempt < rules.APP_VERIFICATION_MAX_WRONG_TRIES; attempt++) {
      await driver
        .send({ type: 'APP_VERIFICATION_APPROVED', deviceId: deviceIdOf(driver), code: wrong })
        .expectAlert('The app approved a different code. Scan the code on this screen.');
    }
    await driver
      .send({ type: 'APP_VERIFICATION_APPROVED', deviceId: deviceIdOf(driver), code: wrong })
      .expectAlert('Too many wrong codes: this code is void. Cancel and click Forgot Password again.')
      .send({ type: 'APP_VERIFICATION_APPROVED', deviceId: deviceIdOf(driver), code })
      .expectIn(RECOVERY('appVerification'))
      .expectAlert('The code has expired. Cancel and click Forgot Password again.');
  });

  it('ignores an approval that arrives when no code is on screen', async () => {
    const driver = toLogin(initializedConnectRecorder()).click('Forgot Password');
    await driver
      .send({ type: 'APP_VERIFICATION_APPROVED', deviceId: 'x', code: '000000' })
      .expectIn(RECOVERY('question'));
  });
});

describe('P5: recovery cannot be used to get round the limits', () => {
  it('does not ask the questions again in the same boot once they failed; a power cycle asks them again', async () => {
    let driver = toLogin(initializedConnectRecorder()).click('Forgot Password');
    for (let index = 0; index < rules.RECOVERY_MAX_WRONG_ANSWERS_PER_BOOT; index++) {
      driver = driver.fill('Answer', 'Wrong guess').click('OK');
    }
    await driver.expectIn(RECOVERY('appVerification')).click('Cancel').expectIn(STATE.login);
    await driver.click('Forgot Password').expectIn(RECOVERY('appVerification'));
    // The right answer is not even asked for now: there is no Answer field.
    expect(JSON.stringify(driver.recorder.osdModel())).not.toContain('"label":"Answer"');
    await toLogin(driver.powerOff().boot()).click('Forgot Password').expectIn(RECOVERY('question'));
  });

  it('refuses Forgot Password while the admin account is locked', async () => {
    let driver = toLogin(initializedConnectRecorder());
    for (let index = 0; index < 5; index++) driver = logInWith(driver, 'Wrong#1234');
    await driver
      .expectAlert(/locked/)
      .click('Forgot Password')
      .expectIn(STATE.login)
      .expectAlert(/locked/);
  });

  it('never resets a password without a proof: the New Password fields appear only after one', async () => {
    const driver = toLogin(initializedConnectRecorder()).click('Forgot Password');
    await driver;
    expect(JSON.stringify(driver.recorder.osdModel())).not.toContain('New Password');
    await driver
      .send({ type: 'SET_FIELD', control: 'passwordRecovery.newPassword', value: NEW_PASSWORD })
      .check((_, snapshot) => expect(snapshot.context.form.values).toEqual({}));
  });
});
