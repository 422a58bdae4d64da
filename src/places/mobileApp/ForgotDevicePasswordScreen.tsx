/**
 * Forgot device password (P4, domain research §6a): "enter the account email → Send Reset Instructions → Get the
 * temporary password from your email". The e-mail must be this app account's (checked here: the world sends to the
 * account's address only). The temporary password is for the date the recorder displays now, read from the recorder
 * (RecorderLink.displayedDate); while the recorder is off the app cannot reach it.
 */
import type { AppDevice, OutsideWorldApi } from '../../../outside';
import { useDraft } from '../shared/drafts';
import { useSubmission } from '../shared/useSubmission';
import { FormMessage, PhoneField } from './phoneForm';
import type { RecorderLink } from './appLinks';

export function ForgotDevicePasswordScreen({
  api,
  device,
  accountEmail,
  recorder,
}: {
  api: OutsideWorldApi;
  device: AppDevice;
  accountEmail: string;
  recorder: RecorderLink;
}) {
  const key = `app:forgotDevice:${device.id}`;
  const [email, setEmail] = useDraft(`${key}:email`, accountEmail);
  const [sent, setSent] = useDraft(`${key}:sent`, false);
  const form = useSubmission<'device' | 'email'>(api, key);
  const send = () => {
    setSent(false);
    if (email.trim().toLowerCase() !== accountEmail.toLowerCase()) {
      form.setErrors({ email: 'Enter the e-mail address of this app account.' });
      return;
    }
    const displayedDate = recorder.displayedDate();
    if (displayedDate === null) {
      form.setErrors({ device: 'The recorder is offline: switch it on and try again.' });
      return;
    }
    void form.submit(
      () => api.sendDevicePasswordReset(device.id, displayedDate),
      () => setSent(true),
    );
  };
  return (
    <form
      className="app-screen"
      aria-labelledby="app-forgot-device-title"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <h2 id="app-forgot-device-title">Forgot device password</h2>
      <p>
        We e-mail a temporary password for {device.name}. Log in on the recorder as admin with it today (the date the
        recorder shows), then change it: it is the Old Password.
      </p>
      <PhoneField kind="email" label="Email" value={email} onChange={setEmail} error={form.errors.email} />
      <FormMessage>{form.errors.device ?? form.errors.form}</FormMessage>
      <button type="submit" className="app-primary" disabled={form.busy}>
        Send Reset Instructions
      </button>
      {sent && (
        <p className="app-notice" role="status">
          Reset instructions sent. Get the temporary password from your email.
        </p>
      )}
    </form>
  );
}
