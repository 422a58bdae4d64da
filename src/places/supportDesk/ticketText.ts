/** How the desk words a ticket's status and channel (*invented* wording). */
import type { Ticket } from '../../../outside';
import { formatWorldTime } from '../shared/worldTime';

export function ticketStatusText(ticket: Ticket): string {
  switch (ticket.status) {
    case 'reviewing':
      return ticket.reviewDueAt === null
        ? 'Reviewing'
        : `Reviewing (automatic, ${formatWorldTime(ticket.reviewDueAt)})`;
    case 'held':
      return 'Held for manual review';
    case 'approved':
      return 'Approved';
    case 'rejected':
      return 'Rejected';
  }
}

export const CHANNEL_TEXT: Readonly<Record<Ticket['channel'], string>> = { website: 'Website', phone: 'Phone' };

export function isOpen(ticket: Ticket): boolean {
  return ticket.status === 'reviewing' || ticket.status === 'held';
}
