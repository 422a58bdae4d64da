/**
 * The desk's Manual review switch (docs/invented-values.md: "the Support Desk can hold a ticket for manual review"): a checkbox with
 * the switch role. It shows the asked-for position at once while the world stores it (a command resolves only once
 * durable), and goes back with a message if storing failed.
 */
import { useState } from 'react';
import type { OutsideWorldApi } from '../../../outside';

export function ManualReviewSwitch({ api, on }: { api: OutsideWorldApi; on: boolean }) {
  const [asked, setAsked] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = asked ?? on;

  const toggle = async (next: boolean) => {
    setAsked(next);
    setError(null);
    try {
      await api.setManualReview(next);
    } catch (failure) {
      setError(`Manual review was not changed: ${failure instanceof Error ? failure.message : String(failure)}`);
    } finally {
      setAsked(null);
    }
  };

  return (
    <div className="desk-switch">
      <label>
        <input
          type="checkbox"
          role="switch"
          checked={shown}
          aria-describedby="desk-switch-hint"
          onChange={(event) => void toggle(event.target.checked)}
        />{' '}
        Manual review
      </label>{' '}
      <span id="desk-switch-hint" className="field-hint">
        {shown
          ? 'New website tickets wait for your decision.'
          : 'New website tickets are approved automatically after the review time.'}
      </span>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
