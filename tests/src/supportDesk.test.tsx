/**
 * The Support Desk place (SPEC §6.2, P3) against a stand-in of the world's API: the queue with each ticket's
 * details, Approve, Reject with a required reason, the Manual review switch, the Phone call form that shows the
 * temporary password to read out, and the customer card.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SupportDeskRoot } from '../../src/places/supportDesk/SupportDeskPlace';
import { FakeOutsideWorld } from './support/fakeOutsideWorld';

afterEach(cleanup);

const button = (name: string) => screen.getByRole('button', { name });
const fill = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label, { exact: true }), { target: { value } });

const CALLER = {
  'First Name': 'Alex',
  'Last Name': 'Morgan',
  'Phone Number': '555-0142',
  'Model Number': 'LNR6108',
  'Device ID': 'ABCDEFGH1234567',
  'Serial Number (S/N)': 'SN001',
  'Date Displayed on Device': '2026-03-02',
};

async function withWebsiteTicket(manualReview: boolean) {
  const api = new FakeOutsideWorld();
  api.set({ manualReview });
  await api.submitResetRequest({
    firstName: 'Alex',
    lastName: 'Morgan',
    phoneNumber: '555-0142',
    modelNumber: 'LNR6108',
    deviceId: 'ABCDEFGH1234567',
    serialNumber: 'SN001',
    dateDisplayed: '2026-03-02',
    proofOfPurchase: { source: 'photo', photoId: 'p1' },
    deviceInfoScreen: { source: 'photo', photoId: 'p2' },
    informationSticker: { source: 'photo', photoId: 'p3' },
  });
  render(<SupportDeskRoot api={api} />);
  return api;
}

describe('the ticket queue', () => {
  it('lists each ticket with its details and opens the one waiting for a decision', async () => {
    await withWebsiteTicket(true);
    const row = screen.getByRole('row', { name: /1001/ });
    for (const text of ['Held for manual review', 'Alex Morgan', 'LNR6108', 'ABCDEFGH1234567', 'SN001', '2026-03-02']) {
      expect(within(row).getByText(text)).toBeTruthy();
    }
    expect(screen.getByRole('heading', { name: 'Ticket 1001' })).toBeTruthy();
  });

  it('approves a held ticket: the temporary password is shown', async () => {
    const api = await withWebsiteTicket(true);
    fireEvent.click(button('Approve'));
    expect((await screen.findByRole('status')).textContent).toBe('Temporary password: Tmp-7777');
    expect(api.state.tickets[0]!.status).toBe('approved');
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
  });

  it('refuses to reject without a reason, then rejects with one', async () => {
    const api = await withWebsiteTicket(false);
    fireEvent.click(button('Reject'));
    expect((await screen.findByRole('alert')).textContent).toContain('Reason: Give a reason.');
    expect(screen.getByLabelText('Reason').getAttribute('aria-invalid')).toBe('true');
    expect(api.state.tickets[0]!.status).toBe('reviewing');
    fill('Reason', 'The photos do not show the sticker.');
    fireEvent.click(button('Reject'));
    await screen.findByText('The photos do not show the sticker.');
    expect(api.state.tickets[0]!.status).toBe('rejected');
  });
});

describe('the desk', () => {
  it('switches manual review on and off', async () => {
    const api = await withWebsiteTicket(false);
    const toggle = screen.getByRole('switch', { name: 'Manual review' });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    fireEvent.click(toggle);
    expect(api.calls.at(-1)).toEqual({ method: 'setManualReview', args: [true] });
    expect((screen.getByRole('switch', { name: 'Manual review' }) as HTMLInputElement).checked).toBe(true);
  });

  it('takes a phone call and shows the temporary password to read out', async () => {
    const api = new FakeOutsideWorld();
    render(<SupportDeskRoot api={api} />);
    fill('First Name', 'Alex');
    fireEvent.click(button('Issue temporary password'));
    expect((await screen.findByRole('alert')).textContent).toContain('Device ID: Required.');
    expect(api.state.tickets).toEqual([]);
    for (const [label, value] of Object.entries(CALLER)) fill(label, value);
    fireEvent.click(button('Issue temporary password'));
    const issued = await screen.findByText(/Read out to the caller/);
    expect(issued.textContent).toContain('Tmp-4821');
    expect(screen.getByRole('row', { name: /1001/ })).toBeTruthy();
  });

  it('shows the customer card: name, e-mail, phone, account, devices and warranties', () => {
    const api = new FakeOutsideWorld();
    render(<SupportDeskRoot api={api} />);
    const card = screen.getByRole('region', { name: 'Customer' });
    for (const text of ['Alex Morgan', 'alex@example.com', '555-0142', 'No warranty registration.']) {
      expect(within(card).getAllByText(new RegExp(text)).length).toBeGreaterThan(0);
    }
    expect(within(card).getByRole('list', { name: 'Registered devices' }).textContent).toContain('LNR6108, S/N SN001');
  });
});
