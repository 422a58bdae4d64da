/**
 * Submitting a form to the outside world: one submission at a time (a second click while the first is pending does
 * nothing), the per-field errors of a refused one kept for the fields and the summary, and a thrown failure (storage
 * refused the write) turned into a message instead of a silent loss. Errors are drafts (see drafts.tsx) so they
 * survive a look at another place.
 */
import { useState, type FormEvent } from 'react';
import type { FormResult } from '../../../outside';
import { useDraft } from './drafts';

export type FieldErrors<Field extends string> = Partial<Record<Field | 'form', string>>;

export function useSubmission<Field extends string>(draftKey: string) {
  const [errors, setErrors] = useDraft<FieldErrors<Field>>(`${draftKey}:errors`, {});
  const [busy, setBusy] = useState(false);

  async function submit<Value>(
    run: () => Promise<FormResult<Field, Value>>,
    onOk: (value: Value) => void,
  ): Promise<void> {
    if (busy) return;
    setBusy(true);
    try {
      const result = await run();
      if (result.ok) {
        setErrors({});
        onOk(result.value);
      } else {
        setErrors(result.errors as FieldErrors<Field>);
      }
    } catch (error) {
      const message = `Nothing was changed: ${error instanceof Error ? error.message : String(error)}`;
      setErrors({ form: message } as FieldErrors<Field>);
    } finally {
      setBusy(false);
    }
  }

  /** A form's onSubmit that submits (the page does not reload). */
  function handleSubmit<Value>(run: () => Promise<FormResult<Field, Value>>, onOk: (value: Value) => void) {
    return (event: FormEvent) => {
      event.preventDefault();
      void submit(run, onOk);
    };
  }

  return { errors, setErrors, busy, submit, handleSubmit };
}
