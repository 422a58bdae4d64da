/**
 * The Phone call form (P3; seeds 001, 004: the caller gives the Device ID, model, serial and the date the recorder
 * displays, and first sends the pictures of the Device Info screen and the sticker: "Our technical support will ask
 * you to send the pictures before assisting you"): the trainer types what the caller reads out, attaches the two
 * pictures the caller sent (from the photo roll, an e-mail or a file, like the website's uploads) and issues a
 * temporary password. The world refuses without the pictures and approves a phone ticket at once; the password is
 * shown right below the button, which gets the focus, to read out to the caller, and is e-mailed too. The field names
 * are the website form's (docs/accessible-names.md).
 */
import { useState } from 'react';
import type {
  OutsideWorldApi,
  PhoneRequestField,
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
import { DeviceFields } from '../website/DeviceFields';
import { RESET_REQUEST_LABELS } from '../website/websiteText';

type PictureKey = Exclude<PhoneRequestField, SpokenRequestField>;
const PICTURES: readonly PictureKey[] = ['deviceInfoScreen', 'informationSticker'];
const LABELS: Readonly<Record<PhoneRequestField, string>> = RESET_REQUEST_LABELS;

const EMPTY_TEXT: SpokenRequestForm = {
  firstName: '',
  lastName: '',
  phoneNumber: '',
  modelNumber: '',
  deviceId: '',
  serialNumber: '',
  dateDisplayed: '',
};
const NO_PICTURES: Record<PictureKey, Upload | null> = { deviceInfoScreen: null, informationSticker: null };

export function PhoneCallForm({ api }: { api: OutsideWorldApi }) {
  const state = useOutsideState(api);
  const [text, setText] = useDraft<SpokenRequestForm>('desk:phone', EMPTY_TEXT);
  const [pictures, setPictures] = useDraft('desk:phone:pictures', NO_PICTURES);
  const [issued, setIssued] = useDraft<Ticket | null>('desk:phone:issued', null);
  const { errors, busy, handleSubmit } = useSubmission<PhoneRequestField>(api, 'desk:phone');
  // The ticket just issued here: its result takes the focus (not on coming back to the desk later).
  const [justIssued, setJustIssued] = useState<number | null>(null);

  const onSubmit = handleSubmit(
    () => api.takePhoneRequest({ ...text, ...pictures }),
    (ticket) => {
      setJustIssued(ticket.number);
      setIssued(ticket);
      setText(EMPTY_TEXT);
      setPictures(NO_PICTURES);
    },
  );

  return (
    <section aria-labelledby="desk-phone-title" className="desk-phone">
      <h3 id="desk-phone-title">Phone call</h3>
      <p>
        Type what the caller reads out from the recorder (Info screen, sticker and the date on the screen). Support
        helps only once the caller has sent the pictures of the Device Info screen and of the sticker: attach both.
      </p>
      <form noValidate onSubmit={onSubmit} aria-busy={busy || undefined}>
        <ErrorSummary errors={errors} labels={LABELS} />
        <DeviceFields values={text} onChange={setText} errors={errors} />
        <UploadFields
          fields={PICTURES}
          labels={LABELS}
          values={pictures}
          onChange={setPictures}
          errors={errors}
          state={state}
        />
        <button type="submit" disabled={busy}>
          Issue temporary password
        </button>
      </form>
      {issued?.temporaryPassword && (
        <div
          ref={issued.number === justIssued ? focusElement : undefined}
          role="status"
          tabIndex={-1}
          aria-labelledby="desk-phone-issued"
          className="desk-password"
        >
          <h4 id="desk-phone-issued">Temporary password issued</h4>
          <p>Ticket number: {issued.number}</p>
          <p>
            Read out to the caller: temporary password <strong>{issued.temporaryPassword}</strong>, valid while the
            recorder displays {issued.displayedDate}. It was e-mailed to {issued.email} too.
          </p>
        </div>
      )}
    </section>
  );
}

const focusElement = (element: HTMLElement | null) => element?.focus();
