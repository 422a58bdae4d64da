/**
 * The Phone call form (P3; seeds 001, 004: the caller gives the Device ID, model, serial and the date the recorder
 * displays): the trainer types what the caller reads out and issues a temporary password. The world approves a
 * phone ticket at once; the password is shown here to read out to the caller and is e-mailed too. The field names
 * are the website form's (docs/accessible-names.md).
 */
import type { OutsideWorldApi, PhoneRequestField, PhoneRequestForm, Ticket } from '../../../outside';
import { useDraft } from '../shared/drafts';
import { ErrorSummary } from '../shared/ErrorSummary';
import { useSubmission } from '../shared/useSubmission';
import { DEVICE_FIELD_LABELS, DeviceFields } from '../website/DeviceFields';

const EMPTY: PhoneRequestForm = {
  firstName: '',
  lastName: '',
  phoneNumber: '',
  modelNumber: '',
  deviceId: '',
  serialNumber: '',
  dateDisplayed: '',
};

export function PhoneCallForm({ api }: { api: OutsideWorldApi }) {
  const [form, setForm] = useDraft<PhoneRequestForm>('desk:phone', EMPTY);
  const [issued, setIssued] = useDraft<Ticket | null>('desk:phone:issued', null);
  const { errors, busy, handleSubmit } = useSubmission<PhoneRequestField>(api, 'desk:phone');

  const onSubmit = handleSubmit(
    () => api.takePhoneRequest(form),
    (ticket) => {
      setIssued(ticket);
      setForm(EMPTY);
    },
  );

  return (
    <section aria-labelledby="desk-phone-title" className="desk-phone">
      <h3 id="desk-phone-title">Phone call</h3>
      <p>Type what the caller reads out from the recorder (Info screen, sticker and the date on the screen).</p>
      {issued?.temporaryPassword && (
        <div role="status" className="desk-password">
          <p>Ticket number: {issued.number}</p>
          <p>
            Read out to the caller: temporary password <strong>{issued.temporaryPassword}</strong>, valid while the
            recorder displays {issued.displayedDate}. It was e-mailed to {issued.email} too.
          </p>
        </div>
      )}
      <form noValidate onSubmit={onSubmit} aria-busy={busy || undefined}>
        <ErrorSummary errors={errors} labels={DEVICE_FIELD_LABELS} />
        <DeviceFields values={form} onChange={setForm} errors={errors} />
        <button type="submit" disabled={busy}>
          Issue temporary password
        </button>
      </form>
    </section>
  );
}
