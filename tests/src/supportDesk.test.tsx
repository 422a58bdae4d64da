/**
 * The Support Desk place (docs/accessible-names.md, P3) on the real outside world: the queue with each ticket's details and photos,
 * Approve, Reject with a required reason, the Manual review switch, the Phone call form that shows the temporary
 * password to read out (the one e-mailed), and the customer card.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SupportDeskRoot } from '../../src/places/supportDesk/SupportDeskPlace';
import { button, fill, mailLine, resetForm, testWorld, TODAY, withWarranty } from './support/placesWorld';

afterEach(cleanup);

/** A tiny PNG standing for a photo of the roll. */
const PHOTO = { dataUrl: 'data:image/png;base64,iVBORw0KGgo=', mimeType: 'image/png', sizeBytes: 8 };

async function withWebsiteTicket(manualReview: boolean) {
  const test = await withWarranty(await testWorld());
  await test.world.setManualReview(manualReview);
  const result = await test.world.submitResetRequest(resetForm(test));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  render(<SupportDeskRoot api={test.world} />);
  return { test, ticket: result.value };
}

describe('the ticket queue', () => {
  it('lists each ticket with its details, and opens the one waiting for a decision with its photos', async () => {
    const { test, ticket } = await withWebsiteTicket(true);
    const row = screen.getByRole('row', { name: new RegExp(String(ticket.number)) });
    const texts = ['Held for manual review', 'Alex Morgan', 'LNR6108', test.unit.deviceId, test.unit.serialNumber];
    for (const text of [...texts, TODAY, '2026-03-02 09:00']) within(row).getByText(text);
    screen.getByRole('heading', { name: `Ticket ${ticket.number}` });
    screen.getByRole('img', { name: /info\.png/ });
  });

  it('approves a held ticket: the temporary password is shown and e-mailed', async () => {
    const { test } = await withWebsiteTicket(true);
    fireEvent.click(button('Approve'));
    const shown = await screen.findByText(/^Temporary password: /);
    expect(shown.textContent).toBe(
      `Temporary password: ${mailLine(test.world.state, 'temporary-password', 'Temporary password: ')}`,
    );
    expect(test.world.state.tickets[0]!.status).toBe('approved');
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
  });

  it('refuses to reject without a reason, then rejects with one', async () => {
    const { test } = await withWebsiteTicket(false);
    fireEvent.click(button('Reject'));
    await screen.findByRole('alert');
    expect(screen.getByLabelText('Reason').getAttribute('aria-invalid')).toBe('true');
    expect(test.world.state.tickets[0]!.status).toBe('reviewing');
    fill('Reason', 'The photos do not show the sticker.');
    fireEvent.click(button('Reject'));
    await screen.findByText('The photos do not show the sticker.');
    expect(test.world.state.tickets[0]!.status).toBe('rejected');
  });
});

describe('the desk', () => {
  it('switches manual review on and off', async () => {
    const { test } = await withWebsiteTicket(false);
    const toggle = () => screen.getByRole('switch', { name: 'Manual review' }) as HTMLInputElement;
    expect(toggle().checked).toBe(false);
    fireEvent.click(toggle());
    expect(toggle().checked).toBe(true);
    await screen.findByText('New website tickets wait for your decision.');
    expect(test.world.state.manualReview).toBe(true);
  });

  it('takes a phone call: refuses what is missing, then shows the temporary password to read out', async () => {
    const test = await testWorld();
    render(<SupportDeskRoot api={test.world} />);
    fill('First Name', 'Alex');
    fireEvent.click(button('Issue temporary password'));
    await screen.findByRole('alert');
    expect(screen.getByLabelText('Device ID', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(test.world.state.tickets).toEqual([]);
    const caller = {
      'Last Name': 'Morgan',
      'Phone Number': '555-0142',
      'Model Number': 'LNR6108',
      'Device ID': test.unit.deviceId,
      'Serial Number (S/N)': test.unit.serialNumber,
      'Date Displayed on Device': TODAY,
    };
    for (const [label, value] of Object.entries(caller)) fill(label, value);
    fireEvent.click(button('Issue temporary password'));
    const refused = await screen.findByRole('alert');
    expect(refused.textContent).toContain('Ask the caller to send the picture of the Device Info screen first');
    expect(refused.textContent).toContain('Ask the caller to send the picture of the information sticker first');
    expect(test.world.state.tickets).toEqual([]);

    // The pictures the caller sent, from the photo roll (as the website's uploads take them).
    await test.world.addPhoto({ subject: 'info-screen', name: 'screen.png', ...PHOTO });
    await test.world.addPhoto({ subject: 'sticker', name: 'sticker.png', ...PHOTO });
    const [screenPhoto, stickerPhoto] = test.world.state.photos;
    fireEvent.change(screen.getByLabelText('Choose device info screen from photos and e-mail'), {
      target: { value: `photo:${screenPhoto!.id}` },
    });
    fireEvent.change(screen.getByLabelText('Choose information sticker from photos and e-mail'), {
      target: { value: `photo:${stickerPhoto!.id}` },
    });
    fireEvent.click(button('Issue temporary password'));
    const readOut = await screen.findByRole('status', { name: 'Temporary password issued' });
    const mailed = mailLine(test.world.state, 'temporary-password', 'Temporary password: ')!;
    expect(readOut.textContent).toContain(`temporary password ${mailed},`);
    // Where the eye is: right after the button, and focused.
    const issue = button('Issue temporary password');
    expect(issue.compareDocumentPosition(readOut) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(readOut));
    screen.getByRole('row', { name: /Phone/ });
    expect(test.world.state.tickets[0]!.photos.map((photo) => photo.image.name)).toEqual(['screen.png', 'sticker.png']);
  });

  it('shows the customer card: name, e-mail, phone, account, devices and warranties', async () => {
    const test = await testWorld();
    render(<SupportDeskRoot api={test.world} />);
    const card = screen.getByRole('region', { name: 'Customer' });
    for (const text of ['Alex Morgan', 'alex@example.com', '555-0142', 'No warranty registration.']) {
      expect(within(card).getAllByText(new RegExp(text)).length).toBeGreaterThan(0);
    }
    const devices = within(card).getByRole('list', { name: 'Registered devices' });
    expect(devices.textContent).toContain(`LNR6108, S/N ${test.unit.serialNumber}`);
    expect(within(devices).getAllByRole('listitem')).toHaveLength(test.world.state.appDevices.length);
  });

  it('shows the practice password on the customer card, and that it was changed after a recovery', async () => {
    const test = await testWorld();
    render(<SupportDeskRoot api={test.world} />);
    const card = screen.getByRole('region', { name: 'Customer' });
    const password = () => within(card).getByText('Password').nextElementSibling?.textContent;
    await waitFor(() => expect(password()).toBe('Welcome#2026'));

    await test.world.requestWebsitePasswordCode({ email: 'alex@example.com' });
    const code = mailLine(test.world.state, 'verification-code', 'Verification code: ')!;
    expect(
      (await test.world.resetWebsitePassword({ email: 'alex@example.com', code, newPassword: 'Garden#2027' })).ok,
    ).toBe(true);
    await waitFor(() => expect(password()).toMatch(/^changed by the customer/));
    expect(card.textContent).not.toContain('Welcome#2026');
  });
});
