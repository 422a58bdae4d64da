/**
 * The app's Log In screen (docs/accessible-names.md: Email, Password, Log In, Forgot Password). The account is the customer's one
 * account, shared with the Support Website (P10): the world checks the password against its PBKDF2 hash.
 */
import type { OutsideWorldApi, SignInField } from '../../../outside';
import { useDraft } from '../shared/drafts';
import { useSubmission } from '../shared/useSubmission';
import { FormMessage, PhoneField } from './phoneForm';

export function LogInScreen({
  api,
  notice,
  onForgotPassword,
}: {
  api: OutsideWorldApi;
  /** Shown above the form, e.g. after a password change. */
  notice: string | null;
  onForgotPassword: () => void;
}) {
  const [email, setEmail] = useDraft('app:login:email', '');
  const [password, setPassword] = useDraft('app:login:password', '');
  const form = useSubmission<SignInField>(api, 'app:login');
  return (
    <form
      className="app-screen"
      aria-labelledby="app-login-title"
      onSubmit={form.handleSubmit(
        () => api.appLogIn({ email, password }),
        () => setPassword(''),
      )}
    >
      <h2 id="app-login-title">Log In</h2>
      {notice && (
        <p className="app-notice" role="status">
          {notice}
        </p>
      )}
      <PhoneField kind="email" label="Email" value={email} onChange={setEmail} error={form.errors.email} />
      <PhoneField
        kind="password"
        label="Password"
        value={password}
        onChange={setPassword}
        error={form.errors.password}
      />
      <FormMessage>{form.errors.form}</FormMessage>
      <button type="submit" className="app-primary" disabled={form.busy}>
        Log In
      </button>
      <button type="button" className="app-link" onClick={onForgotPassword}>
        Forgot Password
      </button>
    </form>
  );
}
