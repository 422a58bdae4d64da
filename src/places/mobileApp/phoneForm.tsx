/**
 * What the Mobile App's forms add to the shared form kit (../shared/TextField.tsx, ../shared/useSubmission.ts): the
 * phone's look for a field, whose message is an alert of its own (the small screens have no error summary), and a
 * message about the whole form (the device, or a failure of storage), in an alert too.
 */
import type { ReactNode } from 'react';

/** Spread on a TextField of the app. */
export const PHONE_FIELD = { className: 'app-field', announceError: true } as const;

/** A message about the whole form (e.g. the device), in an alert; nothing when there is none. */
export function FormMessage({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <p className="app-form-error" role="alert">
      {children}
    </p>
  );
}
