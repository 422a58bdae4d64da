/**
 * Support tickets (P2 website, P3 phone; docs/invented-values.md):
 *
 *   open      a ticket number (counting up from FIRST_TICKET_NUMBER) and the ticket e-mail at once; status
 *             `reviewing` with reviewDueAt = submittedAt + TICKET_REVIEW_DELAY_MS, or `held` under manual review
 *   approve   (the automatic review at reviewDueAt, or the Support Desk) issues the temporary password for the
 *             ticket's Device ID and Date Displayed on Device, from the unit's secret, and e-mails it
 *   reject    (the Support Desk, with a reason) e-mails the reason
 * A decided ticket (approved or rejected) cannot be decided again.
 */
import { issueTemporaryPassword } from '../../firmware';
import { sameId } from '../fieldRules';
import { deliver, temporaryPasswordEmail, ticketEmail, ticketRejectedEmail } from '../mail/mail';
import type { OutsideWorldState, SpokenRequestForm, Ticket } from '../outsideTypes';
import { TICKET_REVIEW_DELAY_MS } from '../outsideRules';

export type TicketFields = Omit<
  Ticket,
  'number' | 'submittedAt' | 'status' | 'reviewDueAt' | 'decidedAt' | 'rejectionReason' | 'temporaryPassword'
>;

/** A validated, trimmed request as ticket fields: identifiers as the manufacturer writes them (upper case). */
export const ticketFields = (
  state: OutsideWorldState,
  channel: Ticket['channel'],
  form: SpokenRequestForm,
  photos: Ticket['photos'],
): TicketFields => ({
  channel,
  firstName: form.firstName,
  lastName: form.lastName,
  phone: form.phoneNumber,
  email: state.account.email,
  modelId: form.modelNumber.toUpperCase(),
  deviceId: form.deviceId.toUpperCase(),
  serialNumber: form.serialNumber.toUpperCase(),
  displayedDate: form.dateDisplayed,
  photos,
});

const replaceTicket = (state: OutsideWorldState, ticket: Ticket): OutsideWorldState => ({
  ...state,
  tickets: state.tickets.map((candidate) => (candidate.number === ticket.number ? ticket : candidate)),
});

/** Opens a ticket and sends its e-mail. */
export function openTicket(
  state: OutsideWorldState,
  fields: TicketFields,
  now: number,
): { state: OutsideWorldState; ticket: Ticket } {
  const held = state.manualReview;
  const ticket: Ticket = {
    ...fields,
    number: state.nextTicketNumber,
    submittedAt: now,
    status: held ? 'held' : 'reviewing',
    reviewDueAt: held ? null : now + TICKET_REVIEW_DELAY_MS,
    decidedAt: null,
    rejectionReason: null,
    temporaryPassword: null,
  };
  const opened = { ...state, tickets: [...state.tickets, ticket], nextTicketNumber: state.nextTicketNumber + 1 };
  return { state: deliver(opened, ticketEmail(opened, ticket), now), ticket };
}

export const isUndecided = (ticket: Ticket): boolean => ticket.status === 'reviewing' || ticket.status === 'held';

/** Why the ticket cannot be decided now, or null. */
export function undecidableReason(ticket: Ticket | undefined, number: number): string | null {
  if (!ticket) return `There is no ticket ${number}.`;
  return isUndecided(ticket) ? null : `Ticket ${number} was already ${ticket.status}.`;
}

/** The temporary password of a unit for a displayed date, from the manufacturer's registry. */
export async function temporaryPasswordFor(
  state: OutsideWorldState,
  unit: { serialNumber: string; deviceId: string },
  date: string,
): Promise<string> {
  const made = state.recorders.find(
    (candidate) => sameId(candidate.serialNumber, unit.serialNumber) && sameId(candidate.deviceId, unit.deviceId),
  );
  if (!made) throw new Error(`The manufacturer made no unit ${unit.serialNumber} / ${unit.deviceId}.`);
  return issueTemporaryPassword({ secret: made.secret, deviceId: made.deviceId, date });
}

/** Approves an undecided ticket at `at`: the temporary password, then its e-mail. */
export async function approveTicketAt(
  state: OutsideWorldState,
  ticket: Ticket,
  at: number,
): Promise<{ state: OutsideWorldState; ticket: Ticket }> {
  const password = await temporaryPasswordFor(state, ticket, ticket.displayedDate);
  const approved: Ticket = {
    ...ticket,
    status: 'approved',
    reviewDueAt: null,
    decidedAt: at,
    temporaryPassword: password,
  };
  const next = replaceTicket(state, approved);
  const email = temporaryPasswordEmail(next, {
    ticketNumber: ticket.number,
    modelId: ticket.modelId,
    deviceId: ticket.deviceId,
    date: ticket.displayedDate,
    password,
  });
  return { state: deliver(next, email, at), ticket: approved };
}

export function rejectTicketAt(
  state: OutsideWorldState,
  ticket: Ticket,
  reason: string,
  at: number,
): { state: OutsideWorldState; ticket: Ticket } {
  const rejected: Ticket = { ...ticket, status: 'rejected', reviewDueAt: null, decidedAt: at, rejectionReason: reason };
  const next = replaceTicket(state, rejected);
  return { state: deliver(next, ticketRejectedEmail(next, rejected, reason), at), ticket: rejected };
}

/** Runs every automatic review due by `now`, each at its own due time, oldest first. */
export async function runDueReviews(state: OutsideWorldState, now: number): Promise<OutsideWorldState> {
  const due = state.tickets
    .filter((ticket) => ticket.status === 'reviewing' && ticket.reviewDueAt !== null && ticket.reviewDueAt <= now)
    .sort((a, b) => (a.reviewDueAt ?? 0) - (b.reviewDueAt ?? 0) || a.number - b.number);
  let next = state;
  for (const ticket of due) next = (await approveTicketAt(next, ticket, ticket.reviewDueAt ?? now)).state;
  return next;
}
