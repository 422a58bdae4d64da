/**
 * A notice above or beside the bench: its text and a Dismiss button. `tone` says what kind it is (a note about the
 * link or the stored worlds, or a refusal); `role` is the live region that announces it (status for notes, alert for
 * refusals the user just caused). Dismissing hides it and changes nothing else.
 */
import { useId, type ReactNode } from 'react';

export function Notice({
  tone,
  role,
  onDismiss,
  children,
}: {
  tone: 'note' | 'problem';
  role: 'status' | 'alert';
  onDismiss: () => void;
  children: ReactNode;
}) {
  const textId = useId();
  return (
    <div className={`notice notice-${tone}`} role={role}>
      <p id={textId}>{children}</p>
      <button type="button" className="notice-dismiss" aria-describedby={textId} onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
