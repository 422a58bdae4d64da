/**
 * An upload field (docs/accessible-names.md): a file input whose accessible name is exactly the field's label (e.g. "Upload Bill
 * of Sale"), plus a picker of the simulator's photos and e-mail attachments with its own, distinct name ("Choose
 * bill of sale from photos and e-mail": it must not contain the field's label, or getByLabel would find both).
 * The chosen image is previewed; the error is shown next to the field, linked by aria-describedby.
 */
import { useId, useState } from 'react';
import type { OutsideWorldState, Upload } from '../../../outside';
import { FieldError } from './TextField';
import { choiceValueOf, readFileUpload, uploadChoices, uploadImage } from './uploads';

export function pickerLabelFor(label: string): string {
  return `Choose ${label.replace(/^Upload /, '').toLowerCase()} from photos and e-mail`;
}

export function UploadField({
  label,
  value,
  onChange,
  error,
  state,
}: {
  label: string;
  value: Upload | null;
  onChange: (upload: Upload | null) => void;
  error?: string | undefined;
  state: OutsideWorldState;
}) {
  const id = useId();
  const [readError, setReadError] = useState<string | null>(null);
  // A new key empties the file input when the picker is used instead (a file input's value cannot be set).
  const [fileInputKey, setFileInputKey] = useState(0);
  const choices = uploadChoices(state);
  const preview = value ? uploadImage(state, value) : null;
  const shownError = readError ?? error;
  const describedBy = `${id}-selected${shownError ? ` ${id}-error` : ''}`;

  const onFile = async (file: File | undefined) => {
    setReadError(null);
    if (!file) return onChange(null);
    try {
      onChange(await readFileUpload(file));
    } catch {
      setReadError(`The file ${file.name} could not be read. Choose another file.`);
      onChange(null);
    }
  };

  const onPick = (choiceValue: string) => {
    setReadError(null);
    setFileInputKey((key) => key + 1);
    onChange(choices.find((choice) => choice.value === choiceValue)?.upload ?? null);
  };

  return (
    <div className="form-field upload-field">
      <label htmlFor={`${id}-file`}>{label}</label>
      <input
        key={fileInputKey}
        id={`${id}-file`}
        type="file"
        accept="image/*"
        aria-invalid={shownError ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => void onFile(event.target.files?.[0])}
      />
      <label htmlFor={`${id}-pick`}>{pickerLabelFor(label)}</label>
      <select
        id={`${id}-pick`}
        value={choiceValueOf(value)}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onPick(event.target.value)}
      >
        <option value="">{choices.length ? '(none)' : '(no photos or attachments yet)'}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      <p id={`${id}-selected`} className="upload-selected">
        {preview ? `Selected: ${preview.name}` : 'Nothing selected'}
      </p>
      {preview && <img className="upload-preview" src={preview.dataUrl} alt={`Preview of ${preview.name}`} />}
      {shownError && <FieldError id={`${id}-error`} message={shownError} />}
    </div>
  );
}
