/**
 * Verification codes of the account password recovery (P10; docs/invented-values.md): 6 digits drawn from the world's seeded random
 * stream, e-mailed as `Verification code: <6 digits>`, valid VERIFICATION_CODE_VALID_MS; VERIFICATION_CODE_MAX_WRONG_TRIES
 * wrong codes void it. One pending code per purpose: a new request replaces the old code. A right code is used up.
 *
 * A wrong code is the one refusal that changes state (the try is counted and saved), or the limit would reset with
 * every reload.
 */
import { SeededRandom, type PasswordHash } from '../../firmware';
import { deliver, verificationCodeEmail } from '../mail/mail';
import type { OutsideWorldState, PendingCode } from '../outsideTypes';
import {
  VERIFICATION_CODE_DIGITS,
  VERIFICATION_CODE_MAX_WRONG_TRIES,
  VERIFICATION_CODE_VALID_MS,
} from '../outsideRules';

export type CodePurpose = PendingCode['purpose'];

export const NO_CODE_MESSAGE = 'This code has expired or was never sent: ask for a new code.';
export const VOID_CODE_MESSAGE = 'Too many wrong codes: this code no longer works. Ask for a new code.';
export const wrongCodeMessage = (triesLeft: number): string =>
  `Wrong verification code. ${triesLeft} ${triesLeft === 1 ? 'try' : 'tries'} left.`;

/** Draws a code, replaces any pending code of the purpose and e-mails it. */
export function issueCode(
  state: OutsideWorldState,
  purpose: CodePurpose,
  newPassword: PasswordHash | null,
  now: number,
): OutsideWorldState {
  const random = new SeededRandom(state.randomState);
  const code = String(random.below(10 ** VERIFICATION_CODE_DIGITS)).padStart(VERIFICATION_CODE_DIGITS, '0');
  const pending: PendingCode = {
    purpose,
    email: state.account.email,
    code,
    expiresAt: now + VERIFICATION_CODE_VALID_MS,
    wrongTries: 0,
    newPassword,
  };
  const next: OutsideWorldState = {
    ...state,
    randomState: random.currentState,
    pendingCodes: [...state.pendingCodes.filter((candidate) => candidate.purpose !== purpose), pending],
  };
  return deliver(next, verificationCodeEmail(next, code, purpose === 'app-password'), now);
}

export type CodeCheck =
  | { readonly ok: true; readonly state: OutsideWorldState; readonly pending: PendingCode }
  | { readonly ok: false; readonly state: OutsideWorldState; readonly message: string };

/** Checks a typed code; a right one is used up, a wrong one counted (and the code voided at the limit). */
export function useCode(state: OutsideWorldState, purpose: CodePurpose, typed: string, now: number): CodeCheck {
  const pending = state.pendingCodes.find((candidate) => candidate.purpose === purpose);
  if (!pending || pending.expiresAt <= now) return { ok: false, state, message: NO_CODE_MESSAGE };
  const others = state.pendingCodes.filter((candidate) => candidate !== pending);
  if (typed === pending.code) return { ok: true, state: { ...state, pendingCodes: others }, pending };
  const wrongTries = pending.wrongTries + 1;
  if (wrongTries >= VERIFICATION_CODE_MAX_WRONG_TRIES) {
    return { ok: false, state: { ...state, pendingCodes: others }, message: VOID_CODE_MESSAGE };
  }
  return {
    ok: false,
    state: { ...state, pendingCodes: [...others, { ...pending, wrongTries }] },
    message: wrongCodeMessage(VERIFICATION_CODE_MAX_WRONG_TRIES - wrongTries),
  };
}

/** Drops the codes that expired by `now`. */
export function expireCodes(state: OutsideWorldState, now: number): OutsideWorldState {
  const live = state.pendingCodes.filter((code) => code.expiresAt > now);
  return live.length === state.pendingCodes.length ? state : { ...state, pendingCodes: live };
}
