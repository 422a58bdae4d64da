/**
 * What an OSD text field accepts. Anything else is refused with a message and leaves the field as it was
 * (docs/architecture.md#security-and-privacy: bad input gets a clear message and changes nothing).
 */
import { TEXT_FIELD_MAX_LENGTH } from '../catalogue/rules';

export type TextInputCheck = { readonly ok: true } | { readonly ok: false; readonly message: string };

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Whether `value` may be the content of a text field. */
export function checkTextInput(value: string): TextInputCheck {
  if (value.length > TEXT_FIELD_MAX_LENGTH) {
    return { ok: false, message: `A field holds at most ${TEXT_FIELD_MAX_LENGTH} characters.` };
  }
  if (!PRINTABLE_ASCII.test(value)) {
    return { ok: false, message: 'Only letters, numbers, spaces and keyboard symbols can be typed.' };
  }
  return { ok: true };
}
