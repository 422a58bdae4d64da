/**
 * The password rules as properties: checkPasswordRule and checkNewPassword are total (any string, any rule),
 * accept a password exactly when the rule's conditions hold (stated here independently of the firmware), and every
 * refusal has a message that names the broken rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNewPassword, checkPasswordRule, PASSWORD_RULES } from '../../../firmware';
import { passwordProblemMessage, type PasswordRule } from '../../../firmware/domain/passwordRules';

const NUM_RUNS = 2_000;
const RULES = Object.values(PASSWORD_RULES);

/** Printable ASCII without space: the characters a recorder password may use. */
const PASSWORD_CHARS = fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code));
const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: PASSWORD_CHARS, maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('a', 'B', '7', '#', ' ', '\t', '\u0000', 'é', '😀', '\ud800'), maxLength: 40 }),
);
const rule = fc.constantFrom(...RULES);

function typesIn(password: string): number {
  const codes = [...password].map((c) => c.charCodeAt(0));
  const lower = codes.some((c) => c >= 0x61 && c <= 0x7a);
  const upper = codes.some((c) => c >= 0x41 && c <= 0x5a);
  const digit = codes.some((c) => c >= 0x30 && c <= 0x39);
  const special = codes.some(
    (c) => !(c >= 0x61 && c <= 0x7a) && !(c >= 0x41 && c <= 0x5a) && !(c >= 0x30 && c <= 0x39),
  );
  return [lower, upper, digit, special].filter(Boolean).length;
}

/** The rule, stated independently: printable ASCII without space, length within bounds, enough character types. */
function obeys(r: PasswordRule, password: string): boolean {
  const printable = [...password].every((c) => c.charCodeAt(0) >= 0x21 && c.charCodeAt(0) <= 0x7e);
  const lengthOk = password.length >= r.minLength && password.length <= r.maxLength;
  return password.length > 0 && printable && lengthOk && typesIn(password) >= r.minCharacterTypes;
}

describe('checkPasswordRule', () => {
  it('is total and accepts exactly the passwords that obey the rule', () => {
    fc.assert(
      fc.property(rule, anyString, (r, password) => {
        const problem = checkPasswordRule(r, password);
        expect(problem === null).toBe(obeys(r, password));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('accepts every password built to the rule', () => {
    const built = rule.chain((r) =>
      fc
        .string({ unit: PASSWORD_CHARS, minLength: r.minLength, maxLength: r.maxLength })
        .filter((p) => typesIn(p) >= r.minCharacterTypes)
        .map((password) => [r, password] as const),
    );
    fc.assert(
      fc.property(built, ([r, password]) => {
        expect(checkPasswordRule(r, password)).toBeNull();
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('names the broken rule in its message', () => {
    fc.assert(
      fc.property(rule, anyString, (r, password) => {
        const problem = checkPasswordRule(r, password);
        if (problem === null) return;
        const message = passwordProblemMessage(r, problem);
        expect(message.length).toBeGreaterThan(10);
        if (problem === 'tooShortOrLong') {
          expect(password.length < r.minLength || password.length > r.maxLength).toBe(true);
          expect(message).toContain(String(r.minLength));
          expect(message).toContain(String(r.maxLength));
        }
        if (problem === 'tooFewCharacterTypes') {
          expect(typesIn(password)).toBeLessThan(r.minCharacterTypes);
          expect(message).toContain(String(r.minCharacterTypes));
        }
        if (problem === 'unsupportedCharacter') expect(message).toMatch(/no spaces/);
        if (problem === 'empty') expect(password).toBe('');
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('checkNewPassword', () => {
  it('is the rule first, then the confirmation', () => {
    fc.assert(
      fc.property(rule, anyString, fc.oneof(anyString, fc.constant(null)), (r, password, other) => {
        const confirmation = other ?? password;
        const problem = checkNewPassword(r, password, confirmation);
        const ruleProblem = checkPasswordRule(r, password);
        if (ruleProblem !== null) expect(problem).toBe(ruleProblem);
        else expect(problem).toBe(password === confirmation ? null : 'mismatch');
        if (problem === 'mismatch') expect(passwordProblemMessage(r, problem)).toMatch(/do not match/);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
