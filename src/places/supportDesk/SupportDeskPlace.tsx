/**
 * The Support Desk place (docs/accessible-names.md, docs/invented-values.md; P3): the trainer's console. The Manual review switch, the ticket queue
 * with the open ticket's details, photos and decision (Approve, or Reject with a reason), the Phone call form
 * (what the caller reads out; issues a temporary password at once, shown here to read out and e-mailed), and the
 * customer card. All decisions are the world's (OutsideWorldApi); this renders its state and calls its methods.
 *
 * Renders its controls only while it is the current place (see ../shared/drafts.tsx): the Phone call form has the
 * same field names as the website's Reset Device Password form.
 */
import '../shared/places.css';
import type { OutsideWorldApi } from '../../../outside';
import type { WorldSession } from '../../session/worldSession';
import { DraftProvider } from '../shared/drafts';
import { useOutsideState } from '../shared/useOutsideState';
import { CustomerCard } from './CustomerCard';
import { ManualReviewSwitch } from './ManualReviewSwitch';
import { PhoneCallForm } from './PhoneCallForm';
import { TicketQueue } from './TicketQueue';

export function SupportDeskPlace({ session, active = true }: { session: WorldSession; active?: boolean }) {
  return <SupportDeskRoot api={session.outside} active={active} />;
}

export function SupportDeskRoot({ api, active = true }: { api: OutsideWorldApi; active?: boolean }) {
  return <DraftProvider>{active && <SupportDesk api={api} />}</DraftProvider>;
}

function SupportDesk({ api }: { api: OutsideWorldApi }) {
  const state = useOutsideState(api);
  return (
    <div className="desk">
      <h2>Support Desk</h2>
      <ManualReviewSwitch api={api} on={state.manualReview} />
      <TicketQueue api={api} state={state} />
      <PhoneCallForm api={api} />
      <CustomerCard state={state} />
    </div>
  );
}
