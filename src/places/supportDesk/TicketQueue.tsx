/**
 * The desk's ticket queue (newest first) and the open ticket. Until the trainer opens one, the newest ticket still
 * waiting for a decision is open, so Approve / Reject are at hand. Each row's "Open ticket <n>" opens it.
 */
import type { OutsideWorldApi, OutsideWorldState } from '../../../outside';
import { useDraft } from '../shared/drafts';
import { formatWorldTime } from '../shared/worldTime';
import { TicketDetails } from './TicketDetails';
import { CHANNEL_TEXT, isOpen, ticketStatusText } from './ticketText';

export function TicketQueue({ api, state }: { api: OutsideWorldApi; state: OutsideWorldState }) {
  const [chosen, setChosen] = useDraft<number | null>('desk:ticket', null);
  const tickets = [...state.tickets].sort((a, b) => b.number - a.number);
  const open = tickets.find((ticket) => ticket.number === chosen) ?? tickets.find(isOpen) ?? tickets[0] ?? null;

  return (
    <section aria-labelledby="desk-queue-title" className="desk-queue">
      <h3 id="desk-queue-title">Ticket queue</h3>
      {tickets.length === 0 ? (
        <p>No tickets yet.</p>
      ) : (
        <table>
          <caption className="visually-hidden">Tickets, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Number</th>
              <th scope="col">Status</th>
              <th scope="col">Channel</th>
              <th scope="col">Customer</th>
              <th scope="col">Model</th>
              <th scope="col">Device ID</th>
              <th scope="col">Serial</th>
              <th scope="col">Displayed date</th>
              <th scope="col">Submitted</th>
              <th scope="col">
                <span className="visually-hidden">Open</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tickets.map((ticket) => (
              <tr key={ticket.number} aria-current={ticket.number === open?.number ? 'true' : undefined}>
                <td>{ticket.number}</td>
                <td>{ticketStatusText(ticket)}</td>
                <td>{CHANNEL_TEXT[ticket.channel]}</td>
                <td>
                  {ticket.firstName} {ticket.lastName}
                </td>
                <td>{ticket.modelId}</td>
                <td>{ticket.deviceId}</td>
                <td>{ticket.serialNumber}</td>
                <td>{ticket.displayedDate}</td>
                <td>{formatWorldTime(ticket.submittedAt)}</td>
                <td>
                  <button type="button" onClick={() => setChosen(ticket.number)}>
                    Open ticket {ticket.number}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open && <TicketDetails key={open.number} api={api} ticket={open} />}
    </section>
  );
}
