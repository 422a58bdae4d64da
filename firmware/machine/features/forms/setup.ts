/**
 * Dialog fields and the on-screen keyboard, shared by every dialog: which control an event is for, typing through
 * the accessible element (SET_FIELD), a physical keyboard (TYPE_TEXT, ERASE) and the on-screen keyboard, and the
 * dialog's alert line. Focus and the remote's highlight are in focus.ts.
 */
import { raise } from 'xstate';
import { checkTextInput } from '../../../domain/textInput';
import { KEYBOARD, keyboardCharacterOf } from '../../../controls/controlIds';
import { EMPTY_FORM } from '../../context';
import { guard, update } from '../../kit';
import { fieldValue } from '../../logic';
import type { DialogMessage, FormState, RecorderContext, RecorderEvent } from '../../types';

export const textMessage = (text: string): DialogMessage => ({ kind: 'text', text });

/** The form with one field set; the message line is cleared because the user is correcting the entry. */
const withValue = (form: FormState, control: string, value: string): FormState => ({
  ...form,
  values: { ...form.values, [control]: value },
  message: null,
});

/** Applies a new value to a field if the field accepts it; otherwise explains why and keeps the old one. */
function editField(context: RecorderContext, control: string, value: string): Partial<RecorderContext> {
  const check = checkTextInput(value);
  if (!check.ok) return { form: { ...context.form, message: textMessage(check.message) } };
  return { form: withValue(context.form, control, value) };
}

/** An action that shows, in the dialog's alert line, the problem `problemOf` finds with what was typed. */
export const showProblem = (problemOf: (context: RecorderContext) => string | null) =>
  update(({ context }) => ({ form: { ...context.form, message: textMessage(problemOf(context) ?? '') } }));

export const formGuards = {
  isControl: guard<{ control: string }>(
    ({ event }, params) => event.type === 'ACTIVATE' && event.control === params.control,
  ),
  isEditableField: guard<{ fields: readonly string[] }>(
    ({ event }, params) => event.type === 'SET_FIELD' && params.fields.includes(event.control),
  ),
  isFieldControl: guard<{ fields: readonly string[] }>(
    ({ event }, params) => event.type === 'ACTIVATE' && params.fields.includes(event.control),
  ),
  isFocusOnField: guard<{ fields: readonly string[] }>(
    ({ context }, params) => context.focus !== null && params.fields.includes(context.focus),
  ),
  isKeyboardKey: guard(
    ({ context, event }) =>
      context.keyboard !== null && event.type === 'ACTIVATE' && event.control.startsWith('keyboard.'),
  ),
};

export const formActions = {
  clearFocus: update(() => ({ focus: null })),
  resetForm: update<{ values?: Record<string, string>; checked?: Record<string, boolean> }>((_, params) => ({
    form: { ...EMPTY_FORM, values: params.values ?? {}, checked: params.checked ?? {} },
    focus: null,
    keyboard: null,
  })),
  showMessage: update<{ text: string }>(({ context }, params) => ({
    form: { ...context.form, message: textMessage(params.text) },
  })),
  /** Typed passwords live only while their dialog is open. */
  forgetTypedPasswords: update(() => ({ form: EMPTY_FORM, focus: null, keyboard: null })),
  setField: update(({ context, event }) =>
    event.type === 'SET_FIELD' ? editField(context, event.control, event.value) : {},
  ),
  typeIntoFocus: update(({ context, event }) => {
    if (event.type !== 'TYPE_TEXT' || context.focus === null) return {};
    return editField(context, context.focus, fieldValue(context, context.focus) + event.text);
  }),
  eraseInFocus: update(({ context }) =>
    context.focus === null ? {} : editField(context, context.focus, fieldValue(context, context.focus).slice(0, -1)),
  ),
  focusFieldAndOpenKeyboard: update(({ context, event }) =>
    event.type === 'ACTIVATE'
      ? { focus: event.control, keyboard: context.keyboard ?? { shift: false, symbols: false } }
      : {},
  ),
  /** A key on the on-screen keyboard: types into the focused field, or changes the keyboard's page. */
  pressKeyboardKey: update(({ context, event }) => {
    const keyboard = context.keyboard;
    if (event.type !== 'ACTIVATE' || !keyboard) return {};
    const character = keyboardCharacterOf(event.control);
    const focus = context.focus;
    if (character !== null && focus !== null) return editField(context, focus, fieldValue(context, focus) + character);
    switch (event.control) {
      case KEYBOARD.shift:
        return { keyboard: { ...keyboard, shift: !keyboard.shift } };
      case KEYBOARD.symbols:
        return { keyboard: { ...keyboard, symbols: !keyboard.symbols } };
      case KEYBOARD.space:
        return focus === null ? {} : editField(context, focus, fieldValue(context, focus) + ' ');
      case KEYBOARD.backspace:
        return focus === null ? {} : editField(context, focus, fieldValue(context, focus).slice(0, -1));
      case KEYBOARD.enter:
        return { keyboard: null };
      default:
        return {};
    }
  }),
  /** Enter on the remote: activates the highlighted control as a click would. */
  activateFocus: raise<RecorderContext, RecorderEvent, RecorderEvent, undefined, never, never>(({ context }) => ({
    type: 'ACTIVATE' as const,
    control: context.focus ?? '',
  })),
};
