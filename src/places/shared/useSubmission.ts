/**
 * Submitting a form to the outside world: one submission at a time (a second click while the first is pending does
 * nothing), the per-field errors of a refused one kept for the fields and the summary, and a thrown failure (storage
 * refused the write) turned into a message instead of a silent loss. Errors are drafts (see drafts.tsx) so they
 * survive a look at another place.
 *
 * Errors belong to a submission and to the world it was judged against: they are kept with the world state the
 * refusal left (the API hands out a new state object after each change), and once the world has changed since (the
 * warranty was activated elsewhere, a ticket was reviewed) they are no longer shown, because they may no longer be
 * true. Submitting again judges the form against the world as it is now.
 */
import { useState, type FormEvent } from 'react';
import type { FormResult, OutsideWorldApi, OutsideWorldState } from '../../../outside';
import { useDraft } from './drafts';
import { useOutsideState } from './useOutsideState';

export type FieldErrors<Field extends string> = Partial<Record<Field | 'form', string>>;

interface JudgedErrors<Field extends string> {
  readonly errors: FieldErrors<Field>;
  /** The world state the errors were found in; null before any. */
  readonly world: OutsideWorldState | null;
}

export function useSubmission<Field extends string>(api: OutsideWorldApi, draftKey: string) {
  const state = useOutsideState(api);
  const [judged, setJudged] = useDraft<JudgedErrors<Field>>(`${draftKey}:errors`, { errors: {}, world: null });
  const [busy, setBusy] = useState(false);
  const errors: FieldErrors<Field> = judged.world === state ? judged.errors : {};

  /** Errors found now (by the world or by the place itself), against the world as it is now. */
  const setErrors = (next: FieldErrors<Field>) => setJudged({ errors: next, world: api.state });

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
