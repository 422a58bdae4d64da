/**
 * Device Password of a recorder. What the app offers depends on the recorder's family (data: the profile's reset
 * paths, docs/reset-paths.md#families):
 *   P4 (`app`, `home`)  Forgot device password, owner only (domain research §6a: "Shared users cannot reset the
 *                       password")
 *   P5 (`connect`)      account verification: the owner types the 6-digit code the recorder's Password Recovery
 *                       shows (Use App Verification); the world checks ownership, the recorder checks the code
 *   otherwise           nothing in the app: the recorder's password is reset through support (P2, P3)
 */
import { isRecorderModelId, PROFILES, RECORDER_MODELS } from '../../../firmware';
import { type AppDevice, type OutsideWorldApi } from '../../../outside';
import { useDraft } from '../shared/drafts';
import { useSubmission } from '../shared/useSubmission';
import { FormMessage, PhoneField } from './phoneForm';
import type { RecorderLink } from './appLinks';

export type DevicePasswordWay = 'email' | 'appVerification' | 'support';

/** How this recorder's password can be recovered from the app. */
export function devicePasswordWay(device: AppDevice): DevicePasswordWay {
  if (!isRecorderModelId(device.modelId)) return 'support';
  const paths = PROFILES[RECORDER_MODELS[device.modelId].profile].resetPaths;
  if (paths.includes('P4')) return 'email';
  if (paths.includes('P5')) return 'appVerification';
  return 'support';
}

export function DevicePasswordScreen({
  api,
  device,
  recorder,
  onForgot,
}: {
  api: OutsideWorldApi;
  device: AppDevice;
  recorder: RecorderLink;
  onForgot: () => void;
}) {
  const way = devicePasswordWay(device);
  return (
    <div className="app-screen">
      <h2>Device Password</h2>
      <p>The password you type on the recorder to log in as admin. The app never shows it.</p>
      {way === 'email' &&
        (device.owner ? (
          <button type="button" className="app-secondary" onClick={onForgot}>
            Forgot device password
          </button>
        ) : (
          <p className="app-muted">Shared users cannot reset the password. Ask the owner of the device.</p>
        ))}
      {way === 'appVerification' && <AppVerificationForm api={api} device={device} recorder={recorder} />}
      {way === 'support' && (
        <p className="app-muted">
          This recorder&apos;s password cannot be reset from the app: use Reset Device Password on the Support Website,
          or call support.
        </p>
      )}
    </div>
  );
}

function AppVerificationForm({
  api,
  device,
  recorder,
}: {
  api: OutsideWorldApi;
  device: AppDevice;
  recorder: RecorderLink;
}) {
  const key = `app:verify:${device.id}`;
  const [code, setCode] = useDraft(`${key}:code`, '');
  const [answer, setAnswer] = useDraft<'accepted' | 'refused' | null>(`${key}:answer`, null);
  const form = useSubmission<'device' | 'code'>(api, key);
  return (
    <form
      aria-label="Account verification"
      onSubmit={(event) => {
        event.preventDefault();
        setAnswer(null);
        void form.submit(
          () => api.verifyRecorderFromApp(device.id, code),
          (event) => {
            setAnswer(recorder.deliver(event));
            setCode('');
          },
        );
      }}
    >
      <p>
        On the recorder: Forgot Password, then Use App Verification. Type the 6-digit Verification Code it shows, then
        set the new password on the recorder.
      </p>
      <PhoneField kind="code" label="Verification Code" value={code} onChange={setCode} error={form.errors.code} />
      <FormMessage>{form.errors.device ?? form.errors.form}</FormMessage>
      <button type="submit" className="app-primary" disabled={form.busy}>
        OK
      </button>
      {answer === 'accepted' && (
        <p className="app-notice" role="status">
          The recorder accepted the code. Set the new password on the recorder.
        </p>
      )}
      {answer === 'refused' && (
        <p className="app-form-error" role="alert">
          The recorder refused the code: type the code it shows now.
        </p>
      )}
    </form>
  );
}
