/**
 * One ticket on the desk: everything the customer sent (details and photos) and the decision. Approve issues the
 * temporary password and e-mails it; Reject needs a reason (the world refuses an empty one, shown next to the
 * field) and e-mails it. A decided ticket shows its outcome; the temporary password is shown to read out (P3).
 */
import type { OutsideWorldApi, Ticket } from '../../../outside';
import { useDraft } from '../shared/drafts';
import { ErrorSummary } from '../shared/ErrorSummary';
import { TextField } from '../shared/TextField';
import { useSubmission } from '../shared/useSubmission';
import { formatWorldTime } from '../shared/worldTime';
import { CHANNEL_TEXT, isOpen, ticketStatusText } from './ticketText';

export function TicketDetails({ api, ticket }: { api: OutsideWorldApi; ticket: Ticket }) {
  const [reason, setReason] = useDraft(`desk:reason:${ticket.number}`, '');
  const { errors, busy, submit, handleSubmit } = useSubmission<'ticket' | 'reason'>(
    api,
    `desk:decision:${ticket.number}`,
  );
  const details: [string, string][] = [
    ['Status', ticketStatusText(ticket)],
    ['Channel', CHANNEL_TEXT[ticket.channel]],
    ['Customer', `${ticket.firstName} ${ticket.lastName}`],
    ['Phone', ticket.phone],
    ['E-mail', ticket.email],
    ['Model', ticket.modelId],
    ['Device ID', ticket.deviceId],
    ['Serial', ticket.serialNumber],
    ['Displayed date', ticket.displayedDate],
    ['Submitted', formatWorldTime(ticket.submittedAt)],
  ];
  if (ticket.decidedAt !== null) details.push(['Decided', formatWorldTime(ticket.decidedAt)]);
  if (ticket.rejectionReason) details.push(['Reason', ticket.rejectionReason]);

  return (
    <article className="desk-ticket" aria-labelledby={`desk-ticket-${ticket.number}`}>
      <h4 id={`desk-ticket-${ticket.number}`}>Ticket {ticket.number}</h4>
      <dl>
        {details.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {ticket.temporaryPassword && (
        <p role="status" className="desk-password">
          Temporary password: {ticket.temporaryPassword}
        </p>
      )}
      {ticket.photos.length > 0 && (
        <div className="desk-photos">
          {ticket.photos.map((photo) => (
            <figure key={photo.label}>
              <img src={photo.image.dataUrl} alt={`${photo.label}: ${photo.image.name}`} />
              <figcaption>{photo.label}</figcaption>
            </figure>
          ))}
        </div>
      )}
      {isOpen(ticket) && (
        <form
          noValidate
          aria-busy={busy || undefined}
          onSubmit={handleSubmit(
            () => api.rejectTicket(ticket.number, reason),
            () => setReason(''),
          )}
        >
          <ErrorSummary errors={errors} labels={{ ticket: 'Ticket', reason: 'Reason' }} />
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void submit(
                () => api.approveTicket(ticket.number),
                () => undefined,
              )
            }
          >
            Approve
          </button>
          <TextField label="Reason" value={reason} onChange={setReason} error={errors.reason} />
          <button type="submit" disabled={busy}>
            Reject
          </button>
        </form>
      )}
    </article>
  );
}
