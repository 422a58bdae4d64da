/**
 * The Support Website place (docs/accessible-names.md) on the real outside world: exact field names, the world's messages next to
 * their fields with a summary alert, nothing stored when refused, uploads from a file or from the order e-mail's
 * receipt, the ticket number on success, Recover Password's two steps, a storage failure reported, drafts kept
 * while another place is shown.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { WebsiteRoot } from '../../src/places/website/WebsitePlace';
import {
  button,
  descriptionOf,
  field,
  fill,
  link,
  mailLine,
  receiptChoice,
  testWorld,
  TODAY,
  withWarranty,
  worldThatCannotSave,
} from './support/placesWorld';

afterEach(cleanup);

async function signedInSite() {
  const test = await withWarranty(await testWorld());
  const view = render(<WebsiteRoot api={test.world} />);
  fireEvent.click(link('My Account'));
  await screen.findByText(/Signed in as Alex Morgan/);
  return { test, ...view };
}

describe('signing in', () => {
  it('shows a refusal next to the field and in a summary alert, and says never to type a real password', async () => {
    const { world } = await testWorld();
    render(<WebsiteRoot api={world} />);
    fireEvent.click(link('My Account'));
    expect(descriptionOf(field('Password'))).toContain('Practice only: never type a real password into the simulator.');
    fill('Email', 'alex@example.com');
    fill('Password', 'NotMine#1');
    fireEvent.click(button('Sign In'));
    const alert = await screen.findByRole('alert');
    const password = field('Password');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    const message = descriptionOf(password).find((text) => !text.startsWith('Practice'))!;
    expect(alert.textContent).toContain(message);
    expect(world.state.websiteSession).toBeNull();

    fill('Password', 'Welcome#2026');
    fireEvent.click(button('Sign In'));
    await screen.findByText(/Signed in as Alex Morgan/);
    link('Warranty');
    link('Reset Device Password');
  });
});

describe('the practice sign-in hint', () => {
  it('gives the world account e-mail and starting password, and no password once it was changed', async () => {
    const test = await testWorld();
    render(<WebsiteRoot api={test.world} />);
    fireEvent.click(link('My Account'));
    await screen.findByText('Practice world: sign in as alex@example.com / Welcome#2026');
    // The hint is no label: each name still finds exactly one element.
    field('Email');
    field('Password');
    button('Sign In');
    cleanup();

    await test.world.requestWebsitePasswordCode({ email: 'alex@example.com' });
    const code = mailLine(test.world.state, 'verification-code', 'Verification code: ')!;
    expect(
      (await test.world.resetWebsitePassword({ email: 'alex@example.com', code, newPassword: 'Garden#2027' })).ok,
    ).toBe(true);
    render(<WebsiteRoot api={test.world} />);
    fireEvent.click(link('My Account'));
    await screen.findByText(/^Practice world: sign in as alex@example\.com with the password set/);
    expect(screen.queryByText(/Welcome#2026/)).toBeNull();
  });
});

describe('Activate Warranty', () => {
  it('saves the warranty with the order e-mail receipt as the bill of sale', async () => {
    const test = await testWorld();
    await test.world.signIn({ email: 'alex@example.com', password: 'Welcome#2026' });
    render(<WebsiteRoot api={test.world} />);
    fireEvent.click(link('My Account'));
    fireEvent.click(await screen.findByRole('link', { name: 'Warranty' }));
    fireEvent.click(button('Activate Warranty'));
    fill('Model Number', 'LNR6108');
    fill('Serial Number (S/N)', test.unit.serialNumber);
    fill('Date of Purchase', '2026-01-16');
    fireEvent.change(screen.getByLabelText('Choose bill of sale from photos and e-mail'), {
      target: { value: receiptChoice(test.world.state) },
    });
    screen.getByRole('img', { name: /^Preview of / });
    fireEvent.click(button('Save Warranty'));
    expect((await screen.findByRole('status')).textContent).toBe(
      `Warranty saved for LNR6108, S/N ${test.unit.serialNumber}.`,
    );
    expect(test.world.state.warranties).toHaveLength(1);
    within(screen.getByRole('list', { name: 'Registered products' })).getByText(/2026-01-16/);
  });

  it('refuses a form without its bill of sale, keeps what was typed and stores nothing', async () => {
    const test = await testWorld();
    await test.world.signIn({ email: 'alex@example.com', password: 'Welcome#2026' });
    render(<WebsiteRoot api={test.world} />);
    fireEvent.click(link('My Account'));
    fireEvent.click(await screen.findByRole('link', { name: 'Warranty' }));
    fireEvent.click(button('Activate Warranty'));
    fill('Model Number', 'LNR6108');
    fill('Date of Purchase', '16/01/2026');
    fireEvent.click(button('Save Warranty'));
    const alert = await screen.findByRole('alert');
    for (const label of ['Serial Number (S/N)', 'Date of Purchase', 'Upload Bill of Sale']) {
      expect(field(label).getAttribute('aria-invalid'), label).toBe('true');
      expect(alert.textContent).toContain(descriptionOf(field(label)).at(-1));
    }
    expect(field('Model Number').getAttribute('aria-invalid')).toBeNull();
    expect(field('Model Number').value).toBe('LNR6108');
    expect(test.world.state.warranties).toEqual([]);
  });
});

describe('Reset Device Password', () => {
  const fillRequest = (unit: { deviceId: string; serialNumber: string }) => {
    fill('Model Number', 'LNR6108');
    fill('Device ID', unit.deviceId);
    fill('Serial Number (S/N)', unit.serialNumber);
    fill('Date Displayed on Device', TODAY);
  };

  it('submits with picked files and the receipt, and shows the ticket number', async () => {
    const { test } = await signedInSite();
    fireEvent.click(link('Reset Device Password'));
    expect(field('First Name').value).toBe('Alex');
    expect(field('Last Name').value).toBe('Morgan');
    expect(field('Phone Number').value).toBe('555-0142');
    fillRequest(test.unit);
    for (const [label, name] of [
      ['Upload Device Info Screen', 'info.png'],
      ['Upload Information Sticker', 'sticker.png'],
    ] as const) {
      const file = new File([new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10])], name, { type: 'image/png' });
      fireEvent.change(field(label), { target: { files: [file] } });
      await screen.findByText(`Selected: ${name}`);
    }
    fireEvent.change(screen.getByLabelText('Choose proof of purchase from photos and e-mail'), {
      target: { value: receiptChoice(test.world.state) },
    });
    fireEvent.click(button('Submit'));
    const status = await screen.findByRole('status');
    const [ticket] = test.world.state.tickets;
    expect(status.textContent).toContain(`Ticket number: ${ticket!.number}`);
    expect(ticket!.photos.map((photo) => [photo.image.name, photo.image.mimeType, photo.image.sizeBytes])).toEqual(
      expect.arrayContaining([
        ['info.png', 'image/png', 8],
        ['sticker.png', 'image/png', 8],
      ]),
    );
    expect(mailLine(test.world.state, 'ticket', 'Ticket number: ')).toBe(String(ticket!.number));
    expect(field('Device ID').value).toBe('');
  });

  it('creates nothing when a field is refused, and shows each message next to its field', async () => {
    const { test } = await signedInSite();
    fireEvent.click(link('Reset Device Password'));
    fillRequest(test.unit);
    fill('Device ID', 'TOO-SHORT');
    fireEvent.click(button('Submit'));
    const alert = await screen.findByRole('alert');
    for (const label of ['Device ID', 'Upload Proof of Purchase', 'Upload Device Info Screen']) {
      expect(field(label).getAttribute('aria-invalid'), label).toBe('true');
      expect(alert.textContent).toContain(descriptionOf(field(label)).at(-1));
    }
    expect(field('Serial Number (S/N)').getAttribute('aria-invalid')).toBeNull();
    expect(field('Serial Number (S/N)').value).toBe(test.unit.serialNumber);
    expect(test.world.state.tickets).toEqual([]);
  });

  it('drops its messages once the world has changed: activating the warranty clears "activate the warranty first"', async () => {
    const test = await testWorld();
    await test.world.signIn({ email: 'alex@example.com', password: 'Welcome#2026' });
    render(<WebsiteRoot api={test.world} />);
    fireEvent.click(link('My Account'));
    fireEvent.click(await screen.findByRole('link', { name: 'Reset Device Password' }));
    fillRequest(test.unit);
    fireEvent.click(button('Submit'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('activate the warranty first');
    expect(field('Serial Number (S/N)').getAttribute('aria-invalid')).toBe('true');
    await withWarranty(test);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(screen.queryByText(/activate the warranty first/)).toBeNull();
    expect(field('Serial Number (S/N)').getAttribute('aria-invalid')).toBeNull();
    expect(field('Serial Number (S/N)').value).toBe(test.unit.serialNumber);
  });

  it('refuses a file that is not an image', async () => {
    const { test } = await signedInSite();
    fireEvent.click(link('Reset Device Password'));
    fillRequest(test.unit);
    const file = new File(['hello'], 'notes.txt', { type: 'text/plain' });
    fireEvent.change(field('Upload Information Sticker'), { target: { files: [file] } });
    await screen.findByText('Selected: notes.txt');
    fireEvent.click(button('Submit'));
    await screen.findByRole('alert');
    expect(descriptionOf(field('Upload Information Sticker')).at(-1)).toMatch(/Only images/);
    expect(test.world.state.tickets).toEqual([]);
  });

  it('says so when the request could not be stored, and keeps the form', async () => {
    const test = await withWarranty(await testWorld());
    const world = worldThatCannotSave(test.world.state);
    render(<WebsiteRoot api={world} />);
    fireEvent.click(link('My Account'));
    fireEvent.click(await screen.findByRole('link', { name: 'Reset Device Password' }));
    fillRequest(test.unit);
    for (const label of ['proof of purchase', 'device info screen', 'information sticker']) {
      fireEvent.change(screen.getByLabelText(`Choose ${label} from photos and e-mail`), {
        target: { value: receiptChoice(world.state) },
      });
    }
    fireEvent.click(button('Submit'));
    expect((await screen.findByRole('alert')).textContent).toContain('Nothing was changed: The disk is full.');
    expect(world.state.tickets).toEqual([]);
    expect(field('Device ID').value).toBe(test.unit.deviceId);
  });
});

describe('Recover Password', () => {
  it('e-mails a code, then Reset sets the new password with the code (a wrong code changes nothing)', async () => {
    const { world } = await testWorld();
    render(<WebsiteRoot api={world} />);
    fireEvent.click(link('My Account'));
    fireEvent.click(link('Recover Password'));
    fill('Email', 'alex@example.com');
    fireEvent.click(button('Recover'));
    await screen.findByText(/Check your e-mail/);
    const code = mailLine(world.state, 'verification-code', 'Verification code: ')!;
    expect(code).toMatch(/^\d{6}$/);
    fill('New Password', 'Garden#2027');
    fill('Verification Code', code === '000000' ? '111111' : '000000');
    fireEvent.click(button('Reset'));
    expect((await screen.findByRole('alert')).textContent).toBeTruthy();
    expect(field('Verification Code').getAttribute('aria-invalid')).toBe('true');
    fill('Verification Code', code);
    fireEvent.click(button('Reset'));
    await screen.findByText(/Your password was reset/);
    expect((await world.signIn({ email: 'alex@example.com', password: 'Welcome#2026' })).ok).toBe(false);
    expect((await world.signIn({ email: 'alex@example.com', password: 'Garden#2027' })).ok).toBe(true);
  });
});

describe('while another place is shown', () => {
  it('renders no controls, and keeps the draft for when it comes back', async () => {
    const { test, rerender } = await signedInSite();
    fireEvent.click(link('Reset Device Password'));
    fill('Device ID', test.unit.deviceId);
    rerender(<WebsiteRoot api={test.world} active={false} />);
    expect(screen.queryByLabelText('Device ID')).toBeNull();
    rerender(<WebsiteRoot api={test.world} active />);
    expect(field('Device ID').value).toBe(test.unit.deviceId);
  });
});
