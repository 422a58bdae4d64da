/**
 * A labelled text field with its error message next to it (docs/architecture.md#security-and-privacy: "a clear message next to the field"). The
 * label is the field's exact accessible name (docs/accessible-names.md); the error is linked by aria-describedby and marks the
 * field aria-invalid. A hint (e.g. the practice note on password fields) is described too.
 *
 * A form with an ErrorSummary announces its errors there; a form without one (the Mobile App's small screens) sets
 * `announceError` so each field's message is an alert itself.
 */
import { useId, type HTMLAttributes } from 'react';

/** The kinds of field the places ask for: the input type and the autofill hint of each. */
const FIELD_KINDS = {
  text: { type: 'text', autoComplete: 'off' },
  tel: { type: 'tel', autoComplete: 'off' },
  email: { type: 'email', autoComplete: 'username' },
  password: { type: 'password', autoComplete: 'current-password' },
  newPassword: { type: 'password', autoComplete: 'new-password' },
  code: { type: 'text', autoComplete: 'one-time-code' },
} as const;

export interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly kind?: keyof typeof FIELD_KINDS;
  /** The on-screen keyboard a phone shows (e.g. digits for a code). */
  readonly inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  readonly placeholder?: string | undefined;
  readonly hint?: string | undefined;
  readonly maxLength?: number;
  /** The class of the field's box: the place's look (the web-like places' `form-field`, the phone's own). */
  readonly className?: string;
  /** The error is an alert of its own (for forms without an ErrorSummary). */
  readonly announceError?: boolean;
}

/** Long enough for any real value, short enough that pasted junk cannot flood the world's state. */
const FIELD_MAX_LENGTH = 200;

export function TextField({
  label,
  value,
  onChange,
  error,
  kind = 'text',
  inputMode,
  placeholder,
  hint,
  maxLength = FIELD_MAX_LENGTH,
  className = 'form-field',
  announceError = false,
}: TextFieldProps) {
  const id = useId();
  const { type, autoComplete } = FIELD_KINDS[kind];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        inputMode={inputMode}
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
      {error && <FieldError id={`${id}-error`} message={error} alert={announceError} />}
    </div>
  );
}

export function FieldError({ id, message, alert = false }: { id: string; message: string; alert?: boolean }) {
  return (
    <p id={id} className="field-error" role={alert ? 'alert' : undefined}>
      {message}
    </p>
  );
}

export const PRACTICE_NOTE = 'Practice only: never type a real password into the simulator.';
