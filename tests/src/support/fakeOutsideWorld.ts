/**
 * A small in-test stand-in for OutsideWorld (firmware/world) behind the OutsideWorldApi contract, for the places'
 * component tests: plain state, simple checks (required fields, the one account's password in plain text), calls
 * recorded. It is not the world's logic (that is tested in Node with the real OutsideWorld); it only lets the
 * components be driven and their rendering of results, refusals and state checked.
 */
import type {
  Email,
  FormResult,
  OutsideWorldApi,
  OutsideWorldState,
  PhoneRequestForm,
  ResetRequestForm,
  StoredImage,
  Ticket,
} from '../../../firmware';

export const RECEIPT: StoredImage = {
  id: 'receipt',
  dataUrl: 'data:image/png;base64,iVBORw0KGgo=',
  mimeType: 'image/png',
  sizeBytes: 2048,
  name: 'receipt.png',
};

const ORDER_EMAIL: Email = {
  id: 'mail-1',
  kind: 'order-confirmation',
  receivedAt: Date.UTC(2026, 1, 20, 15, 30),
  from: 'orders@shop.example',
  to: 'alex@example.com',
  subject: 'Your order confirmation',
  body: ['Thank you for your order.', '', 'Your receipt is attached.'],
  attachments: [{ id: 'att-1', name: 'receipt.png', image: RECEIPT }],
  read: false,
};

export function fakeState(): OutsideWorldState {
  return {
    account: {
      email: 'alex@example.com',
      firstName: 'Alex',
      lastName: 'Morgan',
      phone: '555-0142',
      password: { algorithm: 'PBKDF2-SHA-256', iterations: 1, salt: '', hash: '' } as never,
    },
    recorders: [{ modelId: 'LNR6108', deviceId: 'ABCDEFGH1234567', serialNumber: 'SN001', secret: 'ff' }],
    warranties: [],
    tickets: [],
    nextTicketNumber: 1001,
    mailbox: [ORDER_EMAIL],
    photos: [],
    appDevices: [
      {
        id: 'dev-1',
        kind: 'recorder',
        name: 'Home NVR',
        modelId: 'LNR6108',
        serialNumber: 'SN001',
        deviceId: 'ABCDEFGH1234567',
        owner: true,
      },
    ],
    pendingCodes: [],
    manualReview: false,
    websiteSession: null,
    appSession: null,
    randomState: 1,
  };
}

type Errors = Record<string, string>;
const refused = <F extends string, V>(errors: Errors): FormResult<F, V> => ({ ok: false, errors }) as FormResult<F, V>;
function required(form: object): Errors {
  return Object.fromEntries(
    Object.entries(form).flatMap(([field, value]) => (value === '' || value === null ? [[field, 'Required.']] : [])),
  );
}

export class FakeOutsideWorld implements OutsideWorldApi {
  state: OutsideWorldState = fakeState();
  password = 'Welcome#2026';
  readonly calls: { method: string; args: unknown[] }[] = [];
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  set(patch: Partial<OutsideWorldState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  private record(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args });
  }

  async advanceTo(): Promise<void> {}

  async signIn(form: { email: string; password: string }) {
    this.record('signIn', form);
    const errors = required(form);
    if (!errors.email && form.email !== this.state.account.email) errors.email = 'No account with this e-mail.';
    if (!errors.password && !errors.email && form.password !== this.password) errors.password = 'Wrong password.';
    if (Object.keys(errors).length) return refused<'email' | 'password', void>(errors);
    this.set({ websiteSession: { email: form.email } });
    return { ok: true as const, value: undefined };
  }

  async signOut() {
    this.set({ websiteSession: null });
  }

  async activateWarranty(form: Parameters<OutsideWorldApi['activateWarranty']>[0]) {
    this.record('activateWarranty', form);
    const errors = required(form);
    if (Object.keys(errors).length) return refused<keyof typeof form, never>(errors);
    const warranty = {
      id: `w${this.state.warranties.length + 1}`,
      modelId: form.modelNumber,
      serialNumber: form.serialNumber,
      purchaseDate: form.dateOfPurchase,
      billOfSale: RECEIPT,
      registeredAt: 0,
    };
    this.set({ warranties: [...this.state.warranties, warranty] });
    return { ok: true as const, value: warranty };
  }

  private newTicket(form: PhoneRequestForm, channel: Ticket['channel']): Ticket {
    const approved = channel === 'phone';
    const ticket: Ticket = {
      number: this.state.nextTicketNumber,
      channel,
      submittedAt: Date.UTC(2026, 2, 2, 9, 0),
      firstName: form.firstName,
      lastName: form.lastName,
      phone: form.phoneNumber,
      email: this.state.account.email,
      modelId: form.modelNumber,
      deviceId: form.deviceId,
      serialNumber: form.serialNumber,
      displayedDate: form.dateDisplayed,
      photos: [],
      status: approved ? 'approved' : this.state.manualReview ? 'held' : 'reviewing',
      reviewDueAt: approved || this.state.manualReview ? null : Date.UTC(2026, 2, 2, 9, 5),
      decidedAt: approved ? Date.UTC(2026, 2, 2, 9, 0) : null,
      rejectionReason: null,
      temporaryPassword: approved ? 'Tmp-4821' : null,
    };
    this.set({ tickets: [...this.state.tickets, ticket], nextTicketNumber: ticket.number + 1 });
    return ticket;
  }

  async submitResetRequest(form: ResetRequestForm) {
    this.record('submitResetRequest', form);
    const errors = required(form);
    if (!errors.serialNumber && form.serialNumber !== 'SN001') errors.serialNumber = 'No warranty for this serial.';
    if (Object.keys(errors).length) return refused<keyof ResetRequestForm, Ticket>(errors);
    return { ok: true as const, value: this.newTicket(form, 'website') };
  }

  async requestWebsitePasswordCode(form: { email: string }) {
    this.record('requestWebsitePasswordCode', form);
    if (form.email !== this.state.account.email)
      return refused<'email', void>({ email: 'No account with this e-mail.' });
    return { ok: true as const, value: undefined };
  }

  async resetWebsitePassword(form: { email: string; code: string; newPassword?: string }) {
    this.record('resetWebsitePassword', form);
    if (form.code !== '123456') return refused<'code', void>({ code: 'Wrong verification code.' });
    this.password = form.newPassword ?? '';
    return { ok: true as const, value: undefined };
  }

  async setManualReview(on: boolean) {
    this.record('setManualReview', on);
    this.set({ manualReview: on });
  }

  private decide(ticketNumber: number, patch: Partial<Ticket>): Ticket {
    const tickets = this.state.tickets.map((ticket) =>
      ticket.number === ticketNumber ? { ...ticket, ...patch } : ticket,
    );
    this.set({ tickets });
    return tickets.find((ticket) => ticket.number === ticketNumber)!;
  }

  async approveTicket(ticketNumber: number) {
    this.record('approveTicket', ticketNumber);
    return {
      ok: true as const,
      value: this.decide(ticketNumber, { status: 'approved', temporaryPassword: 'Tmp-7777' }),
    };
  }

  async rejectTicket(ticketNumber: number, reason: string) {
    this.record('rejectTicket', ticketNumber, reason);
    if (!reason.trim()) return refused<'ticket' | 'reason', Ticket>({ reason: 'Give a reason.' });
    return { ok: true as const, value: this.decide(ticketNumber, { status: 'rejected', rejectionReason: reason }) };
  }

  async takePhoneRequest(form: PhoneRequestForm) {
    this.record('takePhoneRequest', form);
    const errors = required(form);
    if (Object.keys(errors).length) return refused<keyof PhoneRequestForm, Ticket>(errors);
    return { ok: true as const, value: this.newTicket(form, 'phone') };
  }

  async markRead(emailId: string) {
    this.record('markRead', emailId);
    this.set({ mailbox: this.state.mailbox.map((email) => (email.id === emailId ? { ...email, read: true } : email)) });
  }

  private unused(): never {
    throw new Error('not used by these places');
  }
  appLogIn = () => this.unused();
  appLogOut = () => this.unused();
  requestAppPasswordCode = () => this.unused();
  confirmAppPasswordCode = () => this.unused();
  sendDevicePasswordReset = () => this.unused();
  verifyRecorderFromApp = () => this.unused();
  addAppDevice = () => this.unused();
  forgetAppDevice = () => this.unused();
  addPhoto = () => this.unused();
}
