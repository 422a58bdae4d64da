/**
 * The chart's states as types, derived from the chart itself (type-only: nothing here runs). The view types its
 * dialog registries with them and targets.ts is checked against them, so a renamed or moved state is a compile
 * error, never a screen that silently falls back to live view.
 */
import type { StateValueFrom } from 'xstate';
import type { RecorderMachine } from './recorderMachine';
import type { TARGET } from './targets';

export type RecorderStateValue = StateValueFrom<RecorderMachine>;

/** Dotted paths of every state: 'on', 'on.running', 'on.running.ready.login', … */
type PathsOf<V> = V extends string ? V : { [K in keyof V & string]: K | `${K}.${PathsOf<V[K]>}` }[keyof V & string];

export type StatePath = PathsOf<RecorderStateValue>;
/** An absolute target: `#recorder.` and a state path. */
export type StateId = `#recorder.${StatePath}`;

/** The value one level below `key` in a union of state values (whose keys XState types as optional). */
type ChildOf<V, K extends string> = V extends { readonly [P in K]?: infer C } ? NonNullable<C> : never;
/** The names of the states that a union of child values can be in. */
export type StateNames<V> = V extends string ? V : keyof V & string;

export type OnValue = ChildOf<RecorderStateValue, 'on'>;
export type ReadyValue = ChildOf<ChildOf<OnValue, 'running'>, 'ready'>;
export type MenuValue = ChildOf<ReadyValue, 'menu'>;

type AssertTrue<T extends true> = T;
/** Compiles only while every entry of TARGET names a state of the chart. */
export type TargetsAreStates = AssertTrue<[(typeof TARGET)[keyof typeof TARGET]] extends [StateId] ? true : false>;
