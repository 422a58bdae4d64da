/**
 * P10: the account password, recovered in the app (e-mail + new password, Get Activation Code, code, OK) or on the
 * website (Recover Password, then code + new password, Reset); one account for both (seed 000). Codes: 6 digits,
 * 10 simulated minutes, 5 wrong tries void them, one pending code per purpose (docs/invented-values.md, *invented* values).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { mailLine, MINUTE, testWorld, type TestWorld } from './outsideSupport';

const EMAIL = 'alex@example.com';
const NEW = 'Garden#2027';
const code = (test: TestWorld) => mailLine(test.world.state, 'verification-code', 'Verification code: ') ?? '';
const wrong = (right: string) => (right === '000000' ? '111111' : '000000');

describe('the app way', () => {
  let test: TestWorld;
  beforeEach(async () => {
    test = await testWorld();
  });

  it('e-mails a 6-digit code and sets the new password with it, for the website too', async () => {
    await test.world.signIn({ email: EMAIL, password: 'Welcome#2026' });
    expect(await test.world.requestAppPasswordCode({ email: EMAIL, newPassword: NEW })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(code(test)).toMatch(/^\d{6}$/);
    expect(test.world.state.account.password.hash).not.toBe('');
    expect(await test.world.confirmAppPasswordCode({ email: EMAIL, code: code(test) })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(test.world.state.websiteSession).toBeNull();
    expect((await test.world.appLogIn({ email: EMAIL, password: 'Welcome#2026' })).ok).toBe(false);
    expect((await test.world.appLogIn({ email: EMAIL, password: NEW })).ok).toBe(true);
    expect((await test.world.signIn({ email: EMAIL, password: NEW })).ok).toBe(true);
  });

  it('checks the e-mail and the new password before sending anything', async () => {
    const unknown = await test.world.requestAppPasswordCode({ email: 'sam@example.com', newPassword: NEW });
    expect(!unknown.ok && unknown.errors).toEqual({ email: 'No account uses this e-mail address.' });
    const weak = await test.world.requestAppPasswordCode({ email: EMAIL, newPassword: 'password' });
    expect(!weak.ok && weak.errors.newPassword).toMatch(/at least 2 of/);
    const short = await test.world.requestAppPasswordCode({ email: EMAIL, newPassword: 'Ab1' });
    expect(!short.ok && short.errors.newPassword).toBe('The password must be 8 to 32 characters long.');
    expect(test.world.state.mailbox.filter((m) => m.kind === 'verification-code')).toEqual([]);
  });

  it('expires the code after 10 simulated minutes', async () => {
    await test.world.requestAppPasswordCode({ email: EMAIL, newPassword: NEW });
    const sent = code(test);
    await test.advance(10 * MINUTE);
    const late = await test.world.confirmAppPasswordCode({ email: EMAIL, code: sent });
    expect(!late.ok && late.errors.code).toMatch(/expired/);
    expect((await test.world.appLogIn({ email: EMAIL, password: 'Welcome#2026' })).ok).toBe(true);
  });

  it('voids the code at the 5th wrong try, counting down before', async () => {
    await test.world.requestAppPasswordCode({ email: EMAIL, newPassword: NEW });
    const right = code(test);
    const messages: string[] = [];
    for (let i = 0; i < 5; i++) {
      const result = await test.world.confirmAppPasswordCode({ email: EMAIL, code: wrong(right) });
      messages.push(result.ok ? 'ok' : (result.errors.code ?? ''));
    }
    expect(messages).toEqual([
      'Wrong verification code. 4 tries left.',
      'Wrong verification code. 3 tries left.',
      'Wrong verification code. 2 tries left.',
      'Wrong verification code. 1 try left.',
      'Too many wrong codes: this code no longer works. Ask for a new code.',
    ]);
    const afterVoid = await test.world.confirmAppPasswordCode({ email: EMAIL, code: right });
    expect(afterVoid.ok).toBe(false);
  });

  it('keeps one pending code: a new request replaces the old', async () => {
    await test.world.requestAppPasswordCode({ email: EMAIL, newPassword: NEW });
    const first = code(test);
    await test.world.requestAppPasswordCode({ email: EMAIL, newPassword: NEW });
    const second = code(test);
    expect(test.world.state.pendingCodes).toHaveLength(1);
    if (first !== second)
      expect((await test.world.confirmAppPasswordCode({ email: EMAIL, code: first })).ok).toBe(false);
    expect((await test.world.confirmAppPasswordCode({ email: EMAIL, code: second })).ok).toBe(true);
  });

  it('refuses a code that is not 6 digits without counting it', async () => {
    await test.world.requestAppPasswordCode({ email: EMAIL, newPassword: NEW });
    const result = await test.world.confirmAppPasswordCode({ email: EMAIL, code: '12a' });
    expect(!result.ok && result.errors.code).toBe('Enter the 6-digit verification code from the e-mail.');
    expect(test.world.state.pendingCodes[0]?.wrongTries).toBe(0);
  });
});

describe('the website way', () => {
  it('Recover Password e-mails a code; Reset takes it with the new password and signs the app out', async () => {
    const test = await testWorld();
    await test.world.appLogIn({ email: EMAIL, password: 'Welcome#2026' });
    expect((await test.world.requestWebsitePasswordCode({ email: EMAIL })).ok).toBe(true);
    const weak = await test.world.resetWebsitePassword({ email: EMAIL, code: code(test), newPassword: 'short' });
    expect(!weak.ok && weak.errors.newPassword).toMatch(/8 to 32/);
    expect(test.world.state.pendingCodes[0]?.wrongTries).toBe(0);
    expect(await test.world.resetWebsitePassword({ email: EMAIL, code: code(test), newPassword: NEW })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(test.world.state.appSession).toBeNull();
    expect((await test.world.signIn({ email: EMAIL, password: NEW })).ok).toBe(true);
    expect((await test.world.appLogIn({ email: EMAIL, password: NEW })).ok).toBe(true);
  });

  it('does not accept the app code on the website', async () => {
    const test = await testWorld();
    await test.world.requestAppPasswordCode({ email: EMAIL, newPassword: NEW });
    const result = await test.world.resetWebsitePassword({ email: EMAIL, code: code(test), newPassword: NEW });
    expect(!result.ok && result.errors.code).toMatch(/expired or was never sent/);
  });
});
