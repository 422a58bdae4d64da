/**
 * The e-mails the world sends to the customer (docs/invented-values.md, docs/accessible-names.md, seed 000). The contract lines are exactly
 * `Ticket number: <n>`, `Temporary password: <password>` and `Verification code: <6 digits>`; the rest of the wording
 * is *invented*. Every e-mail is appended to the mailbox with the next id (mailbox entries are never removed).
 */
import type { Email, EmailAttachment, EmailKind, OutsideWorldState, Ticket, Warranty } from '../outsideTypes';
import { STORE, SUPPORT_SENDER, VERIFICATION_CODE_VALID_MS } from '../outsideRules';

export interface EmailDraft {
  readonly kind: EmailKind;
  readonly subject: string;
  readonly body: readonly string[];
  readonly from?: string;
  readonly attachments?: readonly EmailAttachment[];
}

export const nextEmailId = (state: OutsideWorldState): string => `email-${state.mailbox.length + 1}`;

/** The state with `draft` delivered to the account's inbox at `at`. */
export function deliver(state: OutsideWorldState, draft: EmailDraft, at: number): OutsideWorldState {
  const email: Email = {
    id: nextEmailId(state),
    kind: draft.kind,
    receivedAt: at,
    from: draft.from ?? SUPPORT_SENDER,
    to: state.account.email,
    subject: draft.subject,
    body: draft.body,
    attachments: draft.attachments ?? [],
    read: false,
  };
  return { ...state, mailbox: [...state.mailbox, email] };
}

const greeting = (state: OutsideWorldState): string => `Hello ${state.account.firstName},`;

export function orderConfirmationEmail(
  state: OutsideWorldState,
  order: { orderNumber: string; modelId: string; serialNumber: string; purchaseDate: string },
  receipt: EmailAttachment,
): EmailDraft {
  return {
    kind: 'order-confirmation',
    from: `${STORE.name} <${STORE.email}>`,
    subject: `Your order ${order.orderNumber} is confirmed`,
    body: [
      greeting(state),
      `Thank you for shopping at ${STORE.name}.`,
      `Order number: ${order.orderNumber}`,
      `Item: ${order.modelId} security recorder, serial number ${order.serialNumber}`,
      `Date of purchase: ${order.purchaseDate}`,
      'Your receipt is attached. Keep it: it is your proof of purchase for the warranty.',
    ],
    attachments: [receipt],
  };
}

export function warrantyEmail(state: OutsideWorldState, warranty: Warranty): EmailDraft {
  return {
    kind: 'warranty',
    subject: `Warranty activated for ${warranty.modelId}`,
    body: [
      greeting(state),
      'Your product is registered for warranty.',
      `Model Number: ${warranty.modelId}`,
      `Serial Number: ${warranty.serialNumber}`,
      `Date of Purchase: ${warranty.purchaseDate}`,
    ],
  };
}

export function ticketEmail(state: OutsideWorldState, ticket: Ticket): EmailDraft {
  return {
    kind: 'ticket',
    subject: `Support ticket ${ticket.number}: device password reset`,
    body: [
      greeting(state),
      'We received your request to reset the password of your recorder.',
      `Ticket number: ${ticket.number}`,
      `Model: ${ticket.modelId}, Device ID: ${ticket.deviceId}, date displayed on device: ${ticket.displayedDate}`,
      'Our support team reviews your request; a follow-up e-mail will bring your temporary password.',
    ],
  };
}

/** The temporary password (P2, P3 with a ticket; P4 from the app without one). */
export function temporaryPasswordEmail(
  state: OutsideWorldState,
  issued: { ticketNumber: number | null; modelId: string; deviceId: string; date: string; password: string },
): EmailDraft {
  return {
    kind: 'temporary-password',
    subject:
      issued.ticketNumber === null
        ? `Temporary password for your ${issued.modelId}`
        : `Support ticket ${issued.ticketNumber}: your temporary password`,
    body: [
      greeting(state),
      ...(issued.ticketNumber === null ? [] : [`Ticket number: ${issued.ticketNumber}`]),
      `Temporary password: ${issued.password}`,
      `It works on the recorder with Device ID ${issued.deviceId} only while the recorder displays the date ` +
        `${issued.date}, until 23:59:59 of that day.`,
      'How to change your password: log in as admin with the temporary password, open the user list, choose Modify, ' +
        'and enter the temporary password as Old Password, then your new password twice.',
    ],
  };
}

export function ticketRejectedEmail(state: OutsideWorldState, ticket: Ticket, reason: string): EmailDraft {
  return {
    kind: 'ticket-rejected',
    subject: `Support ticket ${ticket.number}: we could not reset your password`,
    body: [
      greeting(state),
      `Ticket number: ${ticket.number}`,
      `Reason: ${reason}`,
      'You can submit a new request with the corrected information.',
    ],
  };
}

export function verificationCodeEmail(state: OutsideWorldState, code: string, forApp: boolean): EmailDraft {
  return {
    kind: 'verification-code',
    subject: forApp ? 'Your activation code' : 'Recover your password',
    body: [
      greeting(state),
      `Verification code: ${code}`,
      `The code is valid for ${VERIFICATION_CODE_VALID_MS / 60_000} minutes. If you did not ask for it, ignore this e-mail.`,
    ],
  };
}
