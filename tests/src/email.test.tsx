/**
 * The Email place (SPEC §6.2) against a stand-in of the world's API: one list item per message with subject, sender
 * and time, newest first; opening one marks it read and shows its body lines exactly and its image attachments.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Email } from '../../firmware';
import { EmailRoot } from '../../src/places/email/EmailPlace';
import { FakeOutsideWorld } from './support/fakeOutsideWorld';

afterEach(cleanup);

const ticketEmail: Email = {
  id: 'mail-2',
  kind: 'ticket',
  receivedAt: Date.UTC(2026, 2, 2, 9, 1),
  from: 'support@recorder-support.example',
  to: 'alex@example.com',
  subject: 'Your support ticket',
  body: ['Hello Alex,', 'Ticket number: 1001', 'We will review your request.'],
  attachments: [],
  read: false,
};

describe('the inbox', () => {
  it('lists one item per message, newest first, with subject, sender, time and unread mark', () => {
    const api = new FakeOutsideWorld();
    api.set({ mailbox: [...api.state.mailbox, ticketEmail] });
    render(<EmailRoot api={api} />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toBe(
      'Unread: Your support ticketFrom: support@recorder-support.example2026-03-02 09:01',
    );
    expect(items[1]!.textContent).toContain('Your order confirmation');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('(2 unread)');
  });

  it('opens a message: marks it read, shows its body lines and its attachments', async () => {
    const api = new FakeOutsideWorld();
    api.set({ mailbox: [...api.state.mailbox, ticketEmail] });
    render(<EmailRoot api={api} />);
    fireEvent.click(screen.getByRole('button', { name: /Your order confirmation/ }));
    const message = await screen.findByRole('article');
    expect(within(message).getByText('Your receipt is attached.')).toBeTruthy();
    expect(within(message).getByRole('img', { name: 'receipt.png' })).toBeTruthy();
    expect(api.calls).toContainEqual({ method: 'markRead', args: ['mail-1'] });
    expect(screen.getAllByRole('listitem')[1]!.textContent).not.toContain('Unread');

    fireEvent.click(screen.getByRole('button', { name: /Your support ticket/ }));
    expect(within(screen.getByRole('article')).getByText('Ticket number: 1001')).toBeTruthy();
  });

  it('does not mark a read message again', () => {
    const api = new FakeOutsideWorld();
    api.set({ mailbox: [{ ...ticketEmail, read: true }] });
    render(<EmailRoot api={api} />);
    fireEvent.click(screen.getByRole('button', { name: /Your support ticket/ }));
    expect(api.calls).toEqual([]);
  });
});
