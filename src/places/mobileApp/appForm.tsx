/**
 * Form pieces of the Mobile App: a labelled field with its message right under it, and the busy/errors state of one
 * submission (its messages kept as a draft, like the typed values: the place unmounts its controls while hidden).
 * Messages come from the world's FormResult (a refused command changed nothing, SPEC §8); a thrown
 * error (storage failed) is shown on the form, not swallowed.
 */
import { useId, useState, type ReactNode } from 'react';
import { useDraft } from '../shared/drafts';
import type { FormResult } from '../../../outside';

export type FormErrors<Field extends string> = Partial<Record<Field | 'form', string>>;

/** The kinds of field the app has: input type, keyboard and autofill hint of each. */
const FIELD_KINDS = {
  email: { type: 'email', inputMode: 'email', autoComplete: 'username' },
  password: { type: 'password', inputMode: undefined, autoComplete: 'current-password' },
  newPassword: { type: 'password', inputMode: undefined, autoComplete: 'new-password' },
  code: { type: 'text', inputMode: 'numeric', autoComplete: 'one-time-code' },
} as const;

/** A labelled input with its message under it (aria-describedby, aria-invalid). */
export function AppField({
  label,
  kind,
  value,
  onChange,
  error,
}: {
  label: string;
  kind: keyof typeof FIELD_KINDS;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const { type, inputMode, autoComplete } = FIELD_KINDS[kind];
  return (
    <div className="app-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && (
        <p id={errorId} className="app-field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** A message about the whole form (e.g. the device), in an alert. */
export function FormMessage({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <p className="app-form-error" role="alert">
      {children}
    </p>
  );
}

export interface AppForm<Field extends string> {
  readonly errors: FormErrors<Field>;
  readonly busy: boolean;
  /** Runs a command once at a time; on success calls onOk, otherwise shows the messages. */
  submit<Value>(command: () => Promise<FormResult<Field, Value>>, onOk: (value: Value) => void): Promise<void>;
  /** Shows messages found before any command ran (nothing was sent). */
  show(errors: FormErrors<Field>): void;
}

/** `key` keeps the messages while the place is hidden (drafts.tsx). */
export function useAppForm<Field extends string>(key: string): AppForm<Field> {
  const [errors, setErrors] = useDraft<FormErrors<Field>>(`${key}.errors`, {});
  const [busy, setBusy] = useState(false);
  return {
    errors,
    busy,
    show: setErrors,
    async submit(command, onOk) {
      if (busy) return;
      setBusy(true);
      try {
        const result = await command();
        if (result.ok) {
          setErrors({});
          onOk(result.value);
        } else {
          setErrors(result.errors as FormErrors<Field>);
        }
      } catch (error) {
        setErrors({ form: `That did not work: ${String(error)}` } as FormErrors<Field>);
      } finally {
        setBusy(false);
      }
    },
  };
}
