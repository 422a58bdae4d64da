/**
 * The app's Forgot Password (P10, seed 000 "Method 1: App"): e-mail and a new account password, Get Activation Code
 * (the world e-mails a 6-digit code), then the Verification Code and OK. The world explains a wrong, expired or void
 * code (5 wrong tries, docs/invented-values.md) next to the field; Get Activation Code again sends a new one.
 */
import type { OutsideWorldApi, PasswordCodeField } from '../../../outside';
import { useDraft } from '../shared/drafts';
import { useSubmission } from '../shared/useSubmission';
import { FormMessage, PhoneField } from './phoneForm';

export function ForgotPasswordScreen({ api, onDone }: { api: OutsideWorldApi; onDone: () => void }) {
  const [email, setEmail] = useDraft('app:forgot:email', '');
  const [newPassword, setNewPassword] = useDraft('app:forgot:newPassword', '');
  const [code, setCode] = useDraft('app:forgot:code', '');
  /** The address the last code went to; null until Get Activation Code succeeded. */
  const [sentTo, setSentTo] = useDraft<string | null>('app:forgot:sentTo', null);
  const form = useSubmission<PasswordCodeField>(api, 'app:forgot');

  const requestCode = () =>
    form.submit(
      () => api.requestAppPasswordCode({ email, newPassword }),
      () => {
        setSentTo(email.trim());
        setCode('');
      },
    );
  const confirm = () => form.submit(() => api.confirmAppPasswordCode({ email: sentTo ?? email, code }), onDone);

  return (
    <form
      className="app-screen"
      aria-labelledby="app-forgot-title"
      onSubmit={(event) => {
        event.preventDefault();
        void (sentTo === null ? requestCode() : confirm());
      }}
    >
      <h2 id="app-forgot-title">Forgot Password</h2>
      <p>Enter your account e-mail and a new password. We e-mail you a 6-digit verification code.</p>
      <PhoneField kind="email" label="Email" value={email} onChange={setEmail} error={form.errors.email} />
      <PhoneField
        kind="newPassword"
        label="New Password"
        value={newPassword}
        onChange={setNewPassword}
        error={form.errors.newPassword}
      />
      <button
        type={sentTo === null ? 'submit' : 'button'}
        className={sentTo === null ? 'app-primary' : 'app-secondary'}
        disabled={form.busy}
        onClick={sentTo === null ? undefined : () => void requestCode()}
      >
        Get Activation Code
      </button>
      {sentTo !== null && (
        <>
          <p role="status">A verification code was sent to {sentTo}.</p>
          <PhoneField kind="code" label="Verification Code" value={code} onChange={setCode} error={form.errors.code} />
          <button type="submit" className="app-primary" disabled={form.busy}>
            OK
          </button>
        </>
      )}
      <FormMessage>{form.errors.form}</FormMessage>
    </form>
  );
}
