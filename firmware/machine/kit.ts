/**
 * Typed building blocks for the guards and actions each feature declares in its own features/<feature>/setup.ts,
 * so machine/setup.ts stays an index: `guards: { ...userGuards }`, `actions: { ...userActions }`.
 *
 *   export const userGuards = { isUserNameFree: guard(({ context }) => ...) };
 *   export const userActions = { openAddUser: update(({ context }) => ({ ... })) };
 *   export const storageActions = { startTask: update<{ task: TaskId }>(({ context }, params) => ({ ... })) };
 */
import { assign, type ParameterizedObject } from 'xstate';
import type { RecorderContext, RecorderEvent } from './types';

export interface MachineArgs {
  readonly context: RecorderContext;
  readonly event: RecorderEvent;
}

type Params = ParameterizedObject['params'] | undefined;

/** A named guard: a pure predicate of the context, the event and optional params. */
export const guard =
  <P extends Params = undefined>(predicate: (args: MachineArgs, params: P) => boolean) =>
  (args: MachineArgs, params: P): boolean =>
    predicate(args, params);

/** A named action that updates the context: a pure function returning the changed keys. */
export const update = <P extends Params = undefined>(
  updater: (args: MachineArgs, params: P) => Partial<RecorderContext>,
) =>
  assign<RecorderContext, RecorderEvent, P, RecorderEvent, never>((args, params) =>
    updater({ context: args.context, event: args.event }, params),
  );
