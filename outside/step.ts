/**
 * A command's outcome: the next state (the same object when nothing changes) and what the caller gets back.
 * OutsideWorld persists the state before it resolves the result (durable before confirmed).
 */
import type { FormResult, OutsideWorldState } from './outsideTypes';

export interface Step<T> {
  readonly state: OutsideWorldState;
  readonly result: T;
}

/** A refused form: nothing changes. */
export const refuse = <Field extends string, Value>(
  state: OutsideWorldState,
  errors: Partial<Record<Field, string>>,
): Step<FormResult<Field, Value>> => ({ state, result: { ok: false, errors } });

export const accept = <Field extends string, Value>(
  state: OutsideWorldState,
  value: Value,
): Step<FormResult<Field, Value>> => ({
  state,
  result: { ok: true, value },
});

/** What commands know besides the state: world time and the cost of new password hashes. */
export interface WorldEnv {
  readonly now: number;
  readonly pbkdf2Iterations: number;
}
