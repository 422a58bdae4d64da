/**
 * The Support Desk (the trainer's console): the manual-review switch (for tickets opened after it is set), deciding
 * tickets (approve, or reject with a reason), and the phone path P3: the trainer types what the caller reads out; the
 * caller sends the pictures of the Device Info screen and the sticker first (seed 001: none, no help); the unit is
 * checked against the manufacturer's registry (no warranty needed, PHONE_REQUIRES_WARRANTY), and the ticket is
 * approved at once with those pictures: its e-mail, then the temporary-password e-mail.
 */
import { hasErrors, maxChars, required, trimForm } from '../fieldRules';
import { checkPhoneRequestForm, PHONE_REQUEST_PICTURES, RESET_REQUEST_LABELS } from '../website/resetRequestForm';
import { ticketPhotos } from '../website/uploads';
import { accept, refuse, type Step, type WorldEnv } from '../step';
import { approveTicketAt, openTicket, rejectTicketAt, ticketFields, undecidableReason } from './tickets';
import type { FormResult, OutsideWorldState, PhoneRequestField, PhoneRequestForm, Ticket } from '../outsideTypes';
import { TEXT_LIMITS } from '../outsideRules';

const findTicket = (state: OutsideWorldState, number: number) =>
  state.tickets.find((ticket) => ticket.number === number);

export async function approveTicket(
  state: OutsideWorldState,
  number: number,
  env: WorldEnv,
): Promise<Step<FormResult<'ticket', Ticket>>> {
  const ticket = findTicket(state, number);
  const problem = undecidableReason(ticket, number);
  if (problem !== null || !ticket) return refuse(state, { ticket: problem ?? '' });
  const approved = await approveTicketAt(state, ticket, env.now);
  return accept(approved.state, approved.ticket);
}

const REASON_RULES = [required('Reason'), maxChars('Reason', TEXT_LIMITS.reason)];

export function rejectTicket(
  state: OutsideWorldState,
  number: number,
  rawReason: string,
  env: WorldEnv,
): Step<FormResult<'ticket' | 'reason', Ticket>> {
  const ticket = findTicket(state, number);
  const problem = undecidableReason(ticket, number);
  if (problem !== null || !ticket) return refuse(state, { ticket: problem ?? '' });
  const reason = rawReason.trim();
  const reasonProblem = REASON_RULES.map((rule) => rule(reason, null, null)).find((message) => message !== null);
  if (reasonProblem) return refuse(state, { reason: reasonProblem });
  const rejected = rejectTicketAt(state, ticket, reason, env.now);
  return accept(rejected.state, rejected.ticket);
}

export async function takePhoneRequest(
  state: OutsideWorldState,
  raw: PhoneRequestForm,
  env: WorldEnv,
): Promise<Step<FormResult<PhoneRequestField, Ticket>>> {
  const form = trimForm(raw);
  const errors = checkPhoneRequestForm(form, { state });
  if (hasErrors(errors)) return refuse(state, errors);
  const photos = ticketPhotos(state, form, PHONE_REQUEST_PICTURES, RESET_REQUEST_LABELS, state.nextTicketNumber);
  const opened = openTicket({ ...state, manualReview: false }, ticketFields(state, 'phone', form, photos), env.now);
  const approved = await approveTicketAt({ ...opened.state, manualReview: state.manualReview }, opened.ticket, env.now);
  return accept(approved.state, approved.ticket);
}
