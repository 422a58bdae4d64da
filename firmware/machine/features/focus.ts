/**
 * Focus and the on-screen keyboard: guards and actions shared by every dialog.
 */
import { guard, update } from '../kit';

export const focusGuards = {
  hasFocus: guard(({ context }) => context.focus !== null),
};

export const focusActions = {
  closeKeyboard: update(() => ({ keyboard: null })),
};
