/**
 * Password rules of the recorder families (docs/reset-paths.md#families) as data, and the check that names the broken rule.
 *
 * Glossary: a *character type* is one of lowercase, uppercase, digit, special (any other printable ASCII character
 * except space). The firmware, not the UI, applies these rules.
 */

export type PasswordRuleId = 'sixCharacters' | 'eightToThirtyTwoTwoTypes';

export interface PasswordRule {
  readonly id: PasswordRuleId;
  readonly minLength: number;
  readonly maxLength: number;
  /** How many of the four character types a password must mix. */
  readonly minCharacterTypes: number;
  /** The hint the OSD shows under a new-password field. */
  readonly hint: string;
}

export const PASSWORD_RULES: Readonly<Record<PasswordRuleId, PasswordRule>> = {
  // Source: LNR400 / NR800 manuals, "enter a new 6 character password" (domain research §4).
  sixCharacters: {
    id: 'sixCharacters',
    minLength: 6,
    maxLength: 6,
    minCharacterTypes: 1,
    hint: 'The password must be exactly 6 characters.',
  },
  // Source: KB-Cloud / seed 001 (min 8, 2 of 4 types) and KB-App (8 to 32).
  eightToThirtyTwoTwoTypes: {
    id: 'eightToThirtyTwoTwoTypes',
    minLength: 8,
    maxLength: 32,
    minCharacterTypes: 2,
    hint: '8 to 32 characters, with at least 2 of: lowercase, uppercase, numbers, special characters.',
  },
};

/** Which rule a password broke, or which confirmation failed. */
export type PasswordProblem = 'tooShortOrLong' | 'tooFewCharacterTypes' | 'unsupportedCharacter' | 'mismatch' | 'empty';

/** The message the OSD shows for each problem: it names the rule (wording *invented*; no Lorex string found). */
export function passwordProblemMessage(rule: PasswordRule, problem: PasswordProblem): string {
  switch (problem) {
    case 'empty':
      return 'Enter a new password.';
    case 'tooShortOrLong':
      return rule.minLength === rule.maxLength
        ? `The password must be exactly ${rule.minLength} characters long.`
        : `The password must be ${rule.minLength} to ${rule.maxLength} characters long.`;
    case 'tooFewCharacterTypes':
      return `The password must include at least ${rule.minCharacterTypes} of: lowercase, uppercase, numbers, special characters.`;
    case 'unsupportedCharacter':
      return 'The password may only use letters, numbers and keyboard symbols (no spaces).';
    case 'mismatch':
      return 'New Password and Confirm Password do not match.';
  }
}

const PRINTABLE_NON_SPACE = /^[\x21-\x7e]*$/;

/** The number of character types (lowercase, uppercase, digit, special) present in `password`. */
export function countCharacterTypes(password: string): number {
  const types = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];
  return types.filter((pattern) => pattern.test(password)).length;
}

/** Checks a new password against `rule`; returns the first problem found, or null when it is acceptable. */
export function checkPasswordRule(rule: PasswordRule, password: string): PasswordProblem | null {
  if (password.length === 0) return 'empty';
  if (!PRINTABLE_NON_SPACE.test(password)) return 'unsupportedCharacter';
  if (password.length < rule.minLength || password.length > rule.maxLength) return 'tooShortOrLong';
  if (countCharacterTypes(password) < rule.minCharacterTypes) return 'tooFewCharacterTypes';
  return null;
}

/** Checks a new password and its confirmation; the rule is checked first, then that both entries match. */
export function checkNewPassword(rule: PasswordRule, password: string, confirmation: string): PasswordProblem | null {
  return checkPasswordRule(rule, password) ?? (password === confirmation ? null : 'mismatch');
}
