/**
 * The account's commands (website and app share one account, seed 000 "Changing one will automatically change the
 * other"): signing in, and the password recovery of P10. A new password ends every session (website and app), as
 * after a real password reset, so the other place must sign in again with it.
 */
import { PASSWORD_SALT_BYTES, SeededRandom, hashPassword, verifyPassword, type PasswordHash } from '../../firmware';
import { issueCode, useCode, type CodePurpose } from './codes';
import { hasErrors, trimForm } from '../fieldRules';
import { checkCodeConfirmForm, checkCodeRequestForm, checkSignInForm, WRONG_CREDENTIALS_MESSAGE } from './accountForms';
import { accept, refuse, type Step, type WorldEnv } from '../step';
import type {
  FormResult,
  OutsideWorldState,
  PasswordCodeConfirmForm,
  PasswordCodeField,
  PasswordCodeRequestForm,
  SignInField,
  SignInForm,
} from '../outsideTypes';

type Place = 'websiteSession' | 'appSession';

/** Sign In (website) or Log In (app). The password is not trimmed: spaces are part of it. */
export async function signInTo(
  place: Place,
  state: OutsideWorldState,
  form: SignInForm,
): Promise<Step<FormResult<SignInField>>> {
  const typed = { email: form.email.trim(), password: form.password };
  const errors = checkSignInForm(typed);
  if (hasErrors(errors)) return refuse(state, errors);
  const rightEmail = typed.email.toLowerCase() === state.account.email.toLowerCase();
  if (!rightEmail || !(await verifyPassword(typed.password, state.account.password))) {
    return refuse(state, { password: WRONG_CREDENTIALS_MESSAGE });
  }
  return accept(state[place] ? state : { ...state, [place]: { email: state.account.email } }, undefined);
}

async function newHash(state: OutsideWorldState, password: string, env: WorldEnv): Promise<[PasswordHash, number]> {
  const random = new SeededRandom(state.randomState);
  const hash = await hashPassword(password, random.hex(PASSWORD_SALT_BYTES), env.pbkdf2Iterations);
  return [hash, random.currentState];
}

const withPassword = (state: OutsideWorldState, password: PasswordHash): OutsideWorldState => ({
  ...state,
  account: { ...state.account, password },
  websiteSession: null,
  appSession: null,
});

/** Get Activation Code (app, with the new password) or Recover (website, e-mail only): e-mails a code. */
export async function requestPasswordCode(
  purpose: CodePurpose,
  state: OutsideWorldState,
  raw: PasswordCodeRequestForm,
  env: WorldEnv,
): Promise<Step<FormResult<PasswordCodeField>>> {
  const forApp = purpose === 'app-password';
  const form = { email: raw.email.trim(), newPassword: raw.newPassword ?? '' };
  const errors = checkCodeRequestForm(form, { state, withNewPassword: forApp });
  if (hasErrors(errors)) return refuse(state, errors);
  let next = state;
  let hash: PasswordHash | null = null;
  if (forApp) {
    const [made, randomState] = await newHash(state, form.newPassword, env);
    hash = made;
    next = { ...state, randomState };
  }
  return accept(issueCode(next, purpose, hash, env.now), undefined);
}

/** OK (app: the code sets the password given with the request) or Reset (website: code and new password). */
export async function confirmPasswordCode(
  purpose: CodePurpose,
  state: OutsideWorldState,
  raw: PasswordCodeConfirmForm,
  env: WorldEnv,
): Promise<Step<FormResult<PasswordCodeField>>> {
  const forWebsite = purpose === 'website-password';
  const form = { ...trimForm({ email: raw.email, code: raw.code }), newPassword: raw.newPassword ?? '' };
  const errors = checkCodeConfirmForm(form, { state, withNewPassword: forWebsite });
  if (hasErrors(errors)) return refuse(state, errors);
  const check = useCode(state, purpose, form.code, env.now);
  if (!check.ok) return refuse(check.state, { code: check.message });
  if (check.pending.newPassword) return accept(withPassword(check.state, check.pending.newPassword), undefined);
  const [hash, randomState] = await newHash(check.state, form.newPassword, env);
  return accept(withPassword({ ...check.state, randomState }, hash), undefined);
}
