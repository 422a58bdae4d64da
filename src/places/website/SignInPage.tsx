/**
 * Sign In (docs/accessible-names.md: Email, Password): the customer's website account, the same as the mobile app's (seed 000).
 * A refused sign-in shows the world's message next to the field it concerns and in the summary; the password
 * field carries the practice note (docs/architecture.md#security-and-privacy). Above the form, a hint gives the
 * practice world's sign-in (from the world: its account e-mail, and the starting password while it still works) in a
 * paragraph, not a label, so "Email", "Password" and "Sign In" each still name one element.
 */
import type { ReactNode } from 'react';
import type { OutsideWorldApi, SignInField } from '../../../outside';
import { useDraft } from '../shared/drafts';
import { ErrorSummary } from '../shared/ErrorSummary';
import { PRACTICE_NOTE, TextField } from '../shared/TextField';
import { usePracticeCredentials } from '../shared/usePracticeCredentials';
import { useOutsideState } from '../shared/useOutsideState';
import { useSubmission } from '../shared/useSubmission';
import { SIGN_IN_LABELS } from './websiteText';

export function SignInPage({ api, recoverLink }: { api: OutsideWorldApi; recoverLink: ReactNode }) {
  const [email, setEmail] = useDraft('signIn:email', '');
  const [password, setPassword] = useDraft('signIn:password', '');
  const { errors, busy, handleSubmit } = useSubmission<SignInField>(api, 'signIn');
  const practice = usePracticeCredentials(useOutsideState(api).account);

  const onSubmit = handleSubmit(
    () => api.signIn({ email, password }),
    () => setPassword(''),
  );

  return (
    <section aria-labelledby="website-sign-in-title">
      <h2 id="website-sign-in-title">Sign In</h2>
      {practice && (
        <p className="practice-hint">
          {practice.password
            ? `Practice world: sign in as ${practice.email} / ${practice.password}`
            : `Practice world: sign in as ${practice.email} with the password set by the last password recovery`}
        </p>
      )}
      <form noValidate onSubmit={onSubmit} aria-busy={busy || undefined}>
        <ErrorSummary errors={errors} labels={SIGN_IN_LABELS} />
        <TextField label={SIGN_IN_LABELS.email} kind="email" value={email} onChange={setEmail} error={errors.email} />
        <TextField
          label={SIGN_IN_LABELS.password}
          kind="password"
          value={password}
          onChange={setPassword}
          error={errors.password}
          hint={PRACTICE_NOTE}
        />
        <button type="submit" disabled={busy}>
          Sign In
        </button>
      </form>
      <p>Forgot your password? {recoverLink}</p>
    </section>
  );
}
