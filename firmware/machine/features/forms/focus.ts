/**
 * Focus and the remote's highlight, shared by every screen: which control is highlighted, how MOVE_FOCUS walks the
 * controls on screen, and closing the on-screen keyboard.
 */
import type { FocusScreen } from '../../../controls/focusScreens';
import { guard, update } from '../../kit';
import type { RecorderContext } from '../../types';

/** Which controls a screen shows, in focus order: the view's knowledge, given to the machine by firmware/recorder.ts. */
export type FocusOrderOf = (screen: FocusScreen, context: RecorderContext) => readonly string[];

/** MOVE_FOCUS over the enabled controls of `screen`, the screen on display in this state. */
export const moveFocusWithin = (screen: FocusScreen) =>
  ({ actions: { type: 'moveFocus', params: { screen } } }) as const;

export const focusGuards = {
  hasFocus: guard(({ context }) => context.focus !== null),
};

/** MOVE_FOCUS: moves the highlight along the controls of the screen on display, wrapping around. */
export const moveFocusAlong = (focusOrderOf: FocusOrderOf) =>
  update<{ screen: FocusScreen }>(({ context, event }, params) => {
    const order = focusOrderOf(params.screen, context);
    if (event.type !== 'MOVE_FOCUS' || order.length === 0) return {};
    const index = context.focus === null ? -1 : order.indexOf(context.focus);
    const step = event.direction === 'next' ? 1 : -1;
    const start = index === -1 ? (step === 1 ? -1 : 0) : index;
    const next = (start + step + order.length) % order.length;
    return { focus: order[next] ?? null };
  });

export const focusActions = {
  closeKeyboard: update(() => ({ keyboard: null })),
  /**
   * Without the view the machine does not know which controls a screen shows, so the highlight stays put;
   * firmware/recorder.ts provides this action with the view's focus orders.
   */
  moveFocus: moveFocusAlong(() => []),
};
