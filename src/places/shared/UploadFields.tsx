/**
 * A form's picture fields, one UploadField per key in the order given: the website's Reset Device Password (three
 * uploads) and the Support Desk's Phone call (the caller's two pictures) share it.
 */
import type { OutsideWorldState, Upload } from '../../../outside';
import { UploadField } from './UploadField';

export function UploadFields<Key extends string>({
  fields,
  labels,
  values,
  onChange,
  errors,
  state,
}: {
  fields: readonly Key[];
  labels: Readonly<Record<Key, string>>;
  values: Readonly<Record<Key, Upload | null>>;
  onChange: (update: (previous: Record<Key, Upload | null>) => Record<Key, Upload | null>) => void;
  errors: Partial<Record<Key, string>>;
  state: OutsideWorldState;
}) {
  return fields.map((field) => (
    <UploadField
      key={field}
      label={labels[field]}
      value={values[field]}
      onChange={(upload) => onChange((previous) => ({ ...previous, [field]: upload }))}
      error={errors[field]}
      state={state}
    />
  ));
}
