/**
 * What the Mobile App's forms add to the shared form kit (../shared/TextField.tsx, ../shared/useSubmission.ts): the
 * phone's look and keyboard for a field, whose message is an alert of its own (the small screens have no error
 * summary), and a message about the whole form (the device, or a failure of storage), in an alert too.
 */
import type { ReactNode } from 'react';
import { TextField, type TextFieldProps } from '../shared/TextField';

/** The app's kinds of field: the kit's kind and the keyboard a phone shows for it. */
const PHONE_KINDS = {
  email: { kind: 'email', inputMode: 'email' },
  password: { kind: 'password' },
  newPassword: { kind: 'newPassword' },
  code: { kind: 'code', inputMode: 'numeric' },
} as const satisfies Record<string, Pick<TextFieldProps, 'kind' | 'inputMode'>>;

type PhoneFieldProps = Pick<TextFieldProps, 'label' | 'value' | 'onChange' | 'error'> & {
  readonly kind: keyof typeof PHONE_KINDS;
};

/** A TextField of the app. */
export function PhoneField({ kind, ...field }: PhoneFieldProps) {
  return <TextField {...field} {...PHONE_KINDS[kind]} className="app-field" announceError />;
}

/** A message about the whole form (e.g. the device), in an alert; nothing when there is none. */
export function FormMessage({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <p className="app-form-error" role="alert">
      {children}
    </p>
  );
}
