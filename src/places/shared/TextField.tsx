/**
 * A labelled text field with its error message next to it (SPEC §8: "a clear message next to the field"). The
 * label is the field's exact accessible name (SPEC §6.2); the error is linked by aria-describedby and marks the
 * field aria-invalid. A hint (e.g. the practice note on password fields) is described too.
 */
import { useId } from 'react';

export interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly type?: 'text' | 'email' | 'password' | 'tel';
  readonly autoComplete?: string | undefined;
  readonly placeholder?: string | undefined;
  readonly hint?: string | undefined;
  readonly maxLength?: number;
}

/** Long enough for any real value, short enough that pasted junk cannot flood the world's state. */
export const FIELD_MAX_LENGTH = 200;

export function TextField({
  label,
  value,
  onChange,
  error,
  type = 'text',
  autoComplete = 'off',
  placeholder,
  hint,
  maxLength = FIELD_MAX_LENGTH,
}: TextFieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        placeholder={placeholder}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && <FieldError id={`${id}-error`} message={error} />}
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  );
}

export const PRACTICE_NOTE = 'Practice only: never type a real password into the simulator.';
