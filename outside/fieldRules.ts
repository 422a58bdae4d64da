/**
 * Form validation as tables of rules. A table maps each field to its rules in order; a rule returns the message shown
 * next to the field, or null. The first failing rule of each field is reported, so every field gets at most one
 * message, and a form is accepted only when no field has one (nothing is stored half-valid).
 *
 * Text is trimmed before the rules see it; the trimmed value is what gets stored.
 */
import { DEVICE_ID_LENGTH, hasControlCharacters, isRecorderModelId } from '../firmware';
import { PHONE_MIN_DIGITS, worldDate } from './outsideRules';

export type FieldRule<Value, Form, Context> = (value: Value, form: Form, context: Context) => string | null;

export type RuleTable<Form, Field extends keyof Form, Context> = {
  readonly [K in Field]: readonly FieldRule<Form[K], Form, Context>[];
};

/** The first message of each field whose rules fail. */
export function checkForm<Form, Field extends keyof Form & string, Context>(
  table: RuleTable<Form, Field, Context>,
  form: Form,
  context: Context,
): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  for (const field of Object.keys(table) as Field[]) {
    for (const rule of table[field]) {
      const message = rule(form[field], form, context);
      if (message !== null) {
        errors[field] = message;
        break;
      }
    }
  }
  return errors;
}

export const hasErrors = (errors: Partial<Record<string, string>>): boolean => Object.keys(errors).length > 0;

/** Trims every string field of a form (other fields are kept as they are). */
export function trimForm<Form extends object>(form: Form): Form {
  const trimmed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(form)) trimmed[key] = typeof value === 'string' ? value.trim() : value;
  return trimmed as Form;
}

type TextRule = FieldRule<string | undefined, unknown, unknown>;

export const required =
  (label: string): TextRule =>
  (value) =>
    value === undefined || value.trim() === '' ? `${label} is required.` : null;

export const maxChars =
  (label: string, max: number): TextRule =>
  (value) =>
    (value ?? '').length > max ? `${label} must be at most ${max} characters.` : null;

/** Names are one line of visible text (firmware/domain/plainText.ts says which characters are refused and why). */
export const plainName =
  (label: string): TextRule =>
  (value) =>
    hasControlCharacters(value ?? '')
      ? `${label} cannot contain control characters such as tabs or line breaks.`
      : null;

const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
export const emailFormat: TextRule = (value) =>
  EMAIL.test(value ?? '') ? null : 'Enter an e-mail address such as name@example.com.';

const PHONE = /^\+?[0-9 ()./-]+$/;
export const phoneFormat: TextRule = (value) => {
  const text = value ?? '';
  const digits = text.replace(/\D/g, '').length;
  return PHONE.test(text) && digits >= PHONE_MIN_DIGITS
    ? null
    : `Enter a phone number of at least ${PHONE_MIN_DIGITS} digits (spaces, +, -, ( ) allowed).`;
};

/** A real calendar date written YYYY-MM-DD, or the message saying what is wrong. */
export function dateProblem(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return 'Enter the date as YYYY-MM-DD.';
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1970 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return `${value} is not a date.`;
  return null;
}

export const realDate: TextRule = (value) => dateProblem(value ?? '');

export const notAfterToday: FieldRule<string, unknown, { readonly now: number }> = (value, _form, { now }) => {
  const today = worldDate(now);
  return value > today ? `The date cannot be after today (${today}).` : null;
};

export const knownRecorderModel: TextRule = (value) =>
  isRecorderModelId((value ?? '').toUpperCase())
    ? null
    : 'Unknown model number: type it as shown on the Info screen or the sticker (e.g. LNR6108).';

export const serialFormat: TextRule = (value) =>
  /^[A-Za-z0-9]+$/.test(value ?? '') ? null : 'A serial number has only letters and digits.';

export const deviceIdFormat: TextRule = (value) =>
  new RegExp(`^[A-Za-z0-9]{${DEVICE_ID_LENGTH}}$`).test(value ?? '')
    ? null
    : `A Device ID has exactly ${DEVICE_ID_LENGTH} letters and digits.`;

/** Identifiers people read off a screen are compared without regard to case. */
export const sameId = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase();
