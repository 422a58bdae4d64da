/**
 * Shared handlers for dialogs with text fields: typing through the accessible element (SET_FIELD), a physical
 * keyboard (TYPE_TEXT, ERASE), and the on-screen keyboard that opens when a field is clicked.
 *
 * `fields` are the control ids of the dialog's text fields; a guard can narrow when they are editable.
 */
import { and } from 'xstate';

/** The one guard that narrows when fields are editable today: Modify Password ticked. */
type Guard = 'isModifyPasswordChecked';

/** SET_FIELD / TYPE_TEXT / ERASE for `fields`, optionally only while `whenEditable` holds. */
export function typingTransitions(fields: readonly string[], whenEditable?: Guard) {
  const editable = { type: 'isEditableField', params: { fields } } as const;
  const focused = { type: 'isFocusOnField', params: { fields } } as const;
  return {
    SET_FIELD: { guard: whenEditable ? and([whenEditable, editable]) : editable, actions: 'setField' },
    TYPE_TEXT: { guard: whenEditable ? and([whenEditable, focused]) : focused, actions: 'typeIntoFocus' },
    ERASE: { guard: whenEditable ? and([whenEditable, focused]) : focused, actions: 'eraseInFocus' },
  } as const;
}

/** ACTIVATE transitions for the on-screen keyboard's keys and for clicks on `fields` (which open it). */
export function keyboardActivations(fields: readonly string[], whenEditable?: Guard) {
  const isField = { type: 'isFieldControl', params: { fields } } as const;
  return [
    { guard: 'isKeyboardKey', actions: 'pressKeyboardKey' },
    { guard: whenEditable ? and([whenEditable, isField]) : isField, actions: 'focusFieldAndOpenKeyboard' },
  ] as const;
}
