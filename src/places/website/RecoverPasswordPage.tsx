/**
 * Recover Password (seed 000, "Method 2: Website"; P10): the account's e-mail, Recover, a verification code by
 * e-mail (docs/invented-values.md: 6 digits, valid 10 simulated minutes, 5 wrong tries void it, all the world's rules), then the
 * e-mail, the new password and the code, Reset. The account is the mobile app's too. Every refusal is shown next to
 * its field; the password is changed only by a valid Reset.
 */
import type { ReactNode } from 'react';
import type { OutsideWorldApi, PasswordCodeField } from '../../../outside';
import { useDraft } from '../shared/drafts';
import { ErrorSummary } from '../shared/ErrorSummary';
import { PRACTICE_NOTE, TextField } from '../shared/TextField';
import { useSubmission } from '../shared/useSubmission';
import { RECOVER_LABELS } from './websiteText';

type Step = 'email' | 'code' | 'done';

export function RecoverPasswordPage({ api, signInLink }: { api: OutsideWorldApi; signInLink: ReactNode }) {
  const [step, setStep] = useDraft<Step>('recover:step', 'email');
  const [email, setEmail] = useDraft('recover:email', '');
  const [newPassword, setNewPassword] = useDraft('recover:newPassword', '');
  const [code, setCode] = useDraft('recover:code', '');
  const { errors, busy, handleSubmit } = useSubmission<PasswordCodeField>(api, 'recover');

  const onRecover = handleSubmit(
    () => api.requestWebsitePasswordCode({ email }),
    () => setStep('code'),
  );
  const onReset = handleSubmit(
    () => api.resetWebsitePassword({ email, code, newPassword }),
    () => {
      setNewPassword('');
      setCode('');
      setStep('done');
    },
  );

  const emailField = (
    <TextField label={RECOVER_LABELS.email} kind="email" value={email} onChange={setEmail} error={errors.email} />
  );

  return (
    <section aria-labelledby="website-recover-title">
      <h2 id="website-recover-title">Recover Password</h2>
      {step === 'email' && (
        <form noValidate onSubmit={onRecover} aria-busy={busy || undefined}>
          <p>Enter the e-mail address of your account: we will e-mail you a verification code.</p>
          <ErrorSummary errors={errors} labels={{ email: RECOVER_LABELS.email }} />
          {emailField}
          <button type="submit" disabled={busy}>
            Recover
          </button>
        </form>
      )}
      {step === 'code' && (
        <form noValidate onSubmit={onReset} aria-busy={busy || undefined}>
          <p role="status">Check your e-mail for your verification code, then enter it with your new password.</p>
          <ErrorSummary errors={errors} labels={RECOVER_LABELS} />
          {emailField}
          <TextField
            label={RECOVER_LABELS.newPassword}
            kind="newPassword"
            value={newPassword}
            onChange={setNewPassword}
            error={errors.newPassword}
            hint={PRACTICE_NOTE}
          />
          <TextField label={RECOVER_LABELS.code} kind="code" value={code} onChange={setCode} error={errors.code} />
          <button type="submit" disabled={busy}>
            Reset
          </button>
          <button type="button" onClick={() => setStep('email')}>
            Send a new code
          </button>
        </form>
      )}
      {step === 'done' && (
        <p role="status">
          Your password was reset. {signInLink} with your new password (it is your mobile app password too).
        </p>
      )}
    </section>
  );
}
