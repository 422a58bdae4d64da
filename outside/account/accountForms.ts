/**
 * The account's forms: Sign In / Log In (website and app), and the password recovery of P10 (seed 000):
 * - app: Email + New Password, Get Activation Code; then the Verification Code and OK;
 * - website: Recover Password with Email; then Email, New Password and the Verification Code, Reset.
 * The new password follows ACCOUNT_PASSWORD_RULE (outsideRules.ts, *invented*). Whether the password or the code is
 * right is decided by the commands (they need the hashes and the pending code), with the messages below.
 */
import { checkPasswordRule, passwordProblemMessage } from '../../firmware';
import type {
  OutsideWorldState,
  PasswordCodeConfirmForm,
  PasswordCodeField,
  PasswordCodeRequestForm,
  SignInField,
  SignInForm,
} from '../outsideTypes';
import { ACCOUNT_PASSWORD_RULE, TEXT_LIMITS, VERIFICATION_CODE_DIGITS } from '../outsideRules';
import { checkForm, emailFormat, maxChars, required, type FieldRule, type RuleTable } from '../fieldRules';

export interface AccountContext {
  readonly state: OutsideWorldState;
  /** Whether the form takes a new password (app request, website confirmation). */
  readonly withNewPassword: boolean;
}

export const WRONG_CREDENTIALS_MESSAGE = 'Wrong e-mail or password.';
export const UNKNOWN_ACCOUNT_MESSAGE = 'No account uses this e-mail address.';

const EMAIL_RULES = [required('Email'), maxChars('Email', TEXT_LIMITS.email), emailFormat];

export const SIGN_IN_RULES: RuleTable<SignInForm, SignInField, unknown> = {
  email: EMAIL_RULES,
  password: [required('Password'), maxChars('Password', TEXT_LIMITS.password)],
};

const accountEmail: FieldRule<string | undefined, unknown, AccountContext> = (email, _form, { state }) =>
  (email ?? '').toLowerCase() === state.account.email.toLowerCase() ? null : UNKNOWN_ACCOUNT_MESSAGE;

const newPasswordRule: FieldRule<string | undefined, unknown, AccountContext> = (password, _form, context) => {
  if (!context.withNewPassword) return null;
  const problem = checkPasswordRule(ACCOUNT_PASSWORD_RULE, password ?? '');
  return problem === null ? null : passwordProblemMessage(ACCOUNT_PASSWORD_RULE, problem);
};

const codeFormat: FieldRule<string, unknown, unknown> = (code) =>
  new RegExp(`^\\d{${VERIFICATION_CODE_DIGITS}}$`).test(code)
    ? null
    : `Enter the ${VERIFICATION_CODE_DIGITS}-digit verification code from the e-mail.`;

export const CODE_REQUEST_RULES: RuleTable<PasswordCodeRequestForm, 'email' | 'newPassword', AccountContext> = {
  email: [...EMAIL_RULES, accountEmail],
  newPassword: [newPasswordRule],
};

export const CODE_CONFIRM_RULES: RuleTable<PasswordCodeConfirmForm, PasswordCodeField, AccountContext> = {
  email: [...EMAIL_RULES, accountEmail],
  newPassword: [newPasswordRule],
  code: [required('Verification Code'), codeFormat],
};

export const checkSignInForm = (form: SignInForm) => checkForm(SIGN_IN_RULES, form, null);
export const checkCodeRequestForm = (form: PasswordCodeRequestForm, context: AccountContext) =>
  checkForm(CODE_REQUEST_RULES, form, context);
export const checkCodeConfirmForm = (form: PasswordCodeConfirmForm, context: AccountContext) =>
  checkForm(CODE_CONFIRM_RULES, form, context);
