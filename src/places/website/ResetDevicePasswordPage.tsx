/**
 * Reset Device Password (seed 000 step 3; docs/accessible-names.md): the customer's name and phone (filled in from the account,
 * editable), the recorder's Model Number, Device ID, Serial Number (S/N) and the Date Displayed on Device, and three
 * images (proof of purchase, the Device Info screen, the information sticker). The world validates every field (the
 * model and serial must match a warranty of this account, the Device ID must belong to that serial, uploads must be
 * images up to 10 MB) and creates nothing unless all are valid. On success the ticket number is shown; the ticket
 * e-mail is in the inbox at once, the temporary password follows after the review (docs/invented-values.md).
 */
import type {
  OutsideWorldApi,
  ResetRequestField,
  SpokenRequestField,
  SpokenRequestForm,
  Ticket,
  Upload,
} from '../../../outside';
import { useDraft } from '../shared/drafts';
import { ErrorSummary } from '../shared/ErrorSummary';
import { UploadFields } from '../shared/UploadFields';
import { useOutsideState } from '../shared/useOutsideState';
import { useSubmission } from '../shared/useSubmission';
import { DeviceFields } from './DeviceFields';
import { RESET_REQUEST_LABELS as LABELS, WHERE_TO_FIND } from './websiteText';

type UploadKey = Exclude<ResetRequestField, SpokenRequestField>;
const UPLOAD_FIELDS: readonly UploadKey[] = ['proofOfPurchase', 'deviceInfoScreen', 'informationSticker'];

export function ResetDevicePasswordPage({ api }: { api: OutsideWorldApi }) {
  const state = useOutsideState(api);
  const emptyText: SpokenRequestForm = {
    firstName: state.account.firstName,
    lastName: state.account.lastName,
    phoneNumber: state.account.phone,
    modelNumber: '',
    deviceId: '',
    serialNumber: '',
    dateDisplayed: '',
  };
  const emptyUploads: Record<UploadKey, Upload | null> = {
    proofOfPurchase: null,
    deviceInfoScreen: null,
    informationSticker: null,
  };
  const [text, setText] = useDraft('reset:text', emptyText);
  const [uploads, setUploads] = useDraft('reset:uploads', emptyUploads);
  const [submitted, setSubmitted] = useDraft<Ticket | null>('reset:submitted', null);
  const { errors, busy, handleSubmit } = useSubmission<ResetRequestField>(api, 'reset');

  const onSubmit = handleSubmit(
    () => api.submitResetRequest({ ...text, ...uploads }),
    (ticket) => {
      setSubmitted(ticket);
      setText(emptyText);
      setUploads(emptyUploads);
    },
  );

  return (
    <section aria-labelledby="website-reset-title">
      <h2 id="website-reset-title">Reset Device Password</h2>
      {submitted && (
        <div role="status" className="form-success">
          <p>Your request was submitted.</p>
          <p>Ticket number: {submitted.number}</p>
          <p>We sent you an e-mail with the ticket number. A follow-up e-mail will bring your temporary password.</p>
        </div>
      )}
      <details className="where-to-find">
        <summary>Where do I find this information?</summary>
        <ul>
          {WHERE_TO_FIND.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
      <p>All fields are required.</p>
      <form
        noValidate
        onSubmit={onSubmit}
        aria-busy={busy || undefined}
        onInput={() => submitted && setSubmitted(null)}
      >
        <ErrorSummary errors={errors} labels={LABELS} />
        <DeviceFields values={text} onChange={setText} errors={errors} />
        <UploadFields
          fields={UPLOAD_FIELDS}
          labels={LABELS}
          values={uploads}
          onChange={setUploads}
          errors={errors}
          state={state}
        />
        <button type="submit" disabled={busy}>
          Submit
        </button>
      </form>
    </section>
  );
}
