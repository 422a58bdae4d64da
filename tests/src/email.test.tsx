/**
 * The Email place (docs/accessible-names.md) on the real outside world: one list item per message with subject, sender and time,
 * newest first, unread marked; opening one marks it read and shows its body lines exactly (the contract lines) and
 * its image attachments.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EmailRoot } from '../../src/places/email/EmailPlace';
import { resetForm, testWorld, withWarranty } from './support/placesWorld';

afterEach(cleanup);

async function worldWithTicket() {
  const test = await withWarranty(await testWorld());
  const result = await test.world.submitResetRequest(resetForm(test));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return { test, ticket: result.value };
}

describe('the inbox', () => {
  it('lists one item per message, newest first, with subject, sender, time and an unread mark', async () => {
    const { test, ticket } = await worldWithTicket();
    render(<EmailRoot api={test.world} />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(test.world.state.mailbox.length);
    const newest = test.world.state.mailbox.at(-1)!;
    expect(newest.subject).toContain(String(ticket.number));
    expect(items[0]!.textContent).toBe(`Unread: ${newest.subject}From: ${newest.from}2026-03-02 09:00`);
    expect(items.at(-1)!.textContent).toMatch(/is confirmed/);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain(`(${items.length} unread)`);
  });

  it('opens a message: marks it read, shows its body lines exactly and its attachments', async () => {
    const { test, ticket } = await worldWithTicket();
    render(<EmailRoot api={test.world} />);
    fireEvent.click(screen.getByRole('button', { name: /is confirmed/ }));
    const order = await screen.findByRole('article');
    const receipt = test.world.state.mailbox[0]!.attachments[0]!;
    within(order).getByRole('img', { name: receipt.name });
    await screen.findByText(/\(\d+ unread\)/);
    expect(test.world.state.mailbox[0]!.read).toBe(true);
    expect(screen.getAllByRole('listitem').at(-1)!.textContent).not.toContain('Unread');

    fireEvent.click(screen.getByRole('button', { name: new RegExp(`ticket ${ticket.number}`, 'i') }));
    const message = screen.getByRole('article');
    expect(within(message).getByText(`Ticket number: ${ticket.number}`).tagName).toBe('P');
  });
});
