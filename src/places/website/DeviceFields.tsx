/**
 * The seven fields a person reads out or types about themselves and their recorder (docs/accessible-names.md): First Name, Last
 * Name, Phone Number, Model Number, Device ID, Serial Number (S/N), Date Displayed on Device. Shared by the
 * website's Reset Device Password form and the Support Desk's Phone call form, which ask for them alike.
 */
import type { SpokenRequestField, SpokenRequestForm } from '../../../outside';
import type { DraftUpdate } from '../shared/drafts';
import { TextField } from '../shared/TextField';
import { DATE_PLACEHOLDER, RESET_REQUEST_LABELS } from './websiteText';

export const DEVICE_FIELDS: readonly SpokenRequestField[] = [
  'firstName',
  'lastName',
  'phoneNumber',
  'modelNumber',
  'deviceId',
  'serialNumber',
  'dateDisplayed',
];

export const DEVICE_FIELD_LABELS = Object.fromEntries(
  DEVICE_FIELDS.map((field) => [field, RESET_REQUEST_LABELS[field]]),
) as Readonly<Record<SpokenRequestField, string>>;

export function DeviceFields({
  values,
  onChange,
  errors,
}: {
  values: SpokenRequestForm;
  onChange: (update: DraftUpdate<SpokenRequestForm>) => void;
  errors: Partial<Record<string, string>>;
}) {
  return DEVICE_FIELDS.map((field) => (
    <TextField
      key={field}
      label={DEVICE_FIELD_LABELS[field]}
      kind={field === 'phoneNumber' ? 'tel' : 'text'}
      value={values[field]}
      onChange={(value) => onChange((previous) => ({ ...previous, [field]: value }))}
      error={errors[field]}
      placeholder={field === 'dateDisplayed' ? DATE_PLACEHOLDER : undefined}
    />
  ));
}
