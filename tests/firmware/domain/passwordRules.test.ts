import { describe, expect, it } from 'vitest';
import { checkNewPassword, checkPasswordRule, PASSWORD_RULES } from '../../../firmware';
import { countCharacterTypes, passwordProblemMessage } from '../../../firmware/domain/passwordRules';

const cloud = PASSWORD_RULES.eightToThirtyTwoTwoTypes;
const legacy = PASSWORD_RULES.sixCharacters;

describe('the cloud rule: 8 to 32 characters, at least 2 of 4 character types', () => {
  it.each([
    ['Abcdefgh', null],
    ['abcdefg1', null],
    ['abcdef#!', null],
    ['ABCDEFG1', null],
    ['abcdefgh', 'tooFewCharacterTypes'],
    ['12345678', 'tooFewCharacterTypes'],
    ['Abc1234', 'tooShortOrLong'],
    ['A'.repeat(32).replace(/A$/, '1'), null],
    ['Aa'.repeat(16) + '1', 'tooShortOrLong'],
    ['', 'empty'],
    ['Abc 12345', 'unsupportedCharacter'],
    ['Abcdéfgh1', 'unsupportedCharacter'],
  ])('%j is %s', (password, problem) => {
    expect(checkPasswordRule(cloud, password)).toBe(problem);
  });

  it('checks the confirmation only once the rule is met', () => {
    expect(checkNewPassword(cloud, 'short', 'other')).toBe('tooShortOrLong');
    expect(checkNewPassword(cloud, 'Abcdefg1', 'Abcdefg2')).toBe('mismatch');
    expect(checkNewPassword(cloud, 'Abcdefg1', 'Abcdefg1')).toBeNull();
  });

  it('names the rule in each message', () => {
    expect(passwordProblemMessage(cloud, 'tooShortOrLong')).toBe('The password must be 8 to 32 characters long.');
    expect(passwordProblemMessage(cloud, 'tooFewCharacterTypes')).toMatch(
      /at least 2 of: lowercase, uppercase, numbers, special/,
    );
    expect(passwordProblemMessage(cloud, 'mismatch')).toMatch(/do not match/);
  });
});

describe('the legacy rule: exactly 6 characters', () => {
  it.each([
    ['000000', null],
    ['abc123', null],
    ['12345', 'tooShortOrLong'],
    ['1234567', 'tooShortOrLong'],
  ])('%j is %s', (password, problem) => {
    expect(checkPasswordRule(legacy, password)).toBe(problem);
  });

  it('says "exactly"', () => {
    expect(passwordProblemMessage(legacy, 'tooShortOrLong')).toBe('The password must be exactly 6 characters long.');
  });
});

it('counts character types', () => {
  expect(countCharacterTypes('aA1#')).toBe(4);
  expect(countCharacterTypes('aaaa')).toBe(1);
  expect(countCharacterTypes('')).toBe(0);
});
