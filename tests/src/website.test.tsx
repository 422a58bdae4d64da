/**
 * The Support Website place (SPEC §6.2) against a stand-in of the world's API: exact field names, errors next to
 * their fields with a summary alert, nothing submitted that the world refused, uploads from a file or from the
 * order e-mail's receipt, the ticket number on success, Recover Password's two steps, drafts kept while away.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { WebsiteRoot } from '../../src/places/website/WebsitePlace';
import { FakeOutsideWorld } from './support/fakeOutsideWorld';

afterEach(cleanup);

const link = (name: string) => screen.getByRole('link', { name });
const button = (name: string) => screen.getByRole('button', { name });
const field = (label: string) => screen.getByLabelText(label, { exact: true }) as HTMLInputElement;
const fill = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });

async function signedIn() {
  const api = new FakeOutsideWorld();
  const view = render(<WebsiteRoot api={api} />);
  fireEvent.click(link('My Account'));
  fill('Email', 'alex@example.com');
  fill('Password', 'Welcome#2026');
  fireEvent.click(button('Sign In'));
  await screen.findByText(/Signed in as Alex Morgan/);
  return { api, ...view };
}

describe('signing in', () => {
  it('shows a refusal next to the field and in a summary alert, and says never to type a real password', async () => {
    const api = new FakeOutsideWorld();
    render(<WebsiteRoot api={api} />);
    fireEvent.click(link('My Account'));
    expect(screen.getByText(/never type a real password/)).toBeTruthy();
    fill('Email', 'alex@example.com');
    fill('Password', 'wrong');
    fireEvent.click(button('Sign In'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Password: Wrong password.');
    const password = field('Password');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    const describedBy = password.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toContain('Wrong password.');
    expect(field('Email').getAttribute('aria-invalid')).toBeNull();
    expect(api.state.websiteSession).toBeNull();
  });

  it('opens My Account with Warranty and Reset Device Password once signed in', async () => {
    await signedIn();
    expect(link('Warranty')).toBeTruthy();
    expect(link('Reset Device Password')).toBeTruthy();
  });
});

describe('Activate Warranty', () => {
  it('saves the warranty with the order e-mail receipt as the bill of sale', async () => {
    const { api } = await signedIn();
    fireEvent.click(link('Warranty'));
    fireEvent.click(button('Activate Warranty'));
    fill('Model Number', 'LNR6108');
    fill('Serial Number (S/N)', 'SN001');
    fill('Date of Purchase', '2026-02-20');
    const picker = screen.getByLabelText('Choose bill of sale from photos and e-mail') as HTMLSelectElement;
    fireEvent.change(picker, { target: { value: 'attachment:mail-1:att-1' } });
    expect(screen.getByText('Selected: receipt.png')).toBeTruthy();
    fireEvent.click(button('Save Warranty'));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Warranty saved for LNR6108, S/N SN001.');
    expect(api.calls.at(-1)?.args[0]).toMatchObject({
      billOfSale: { source: 'attachment', emailId: 'mail-1', attachmentId: 'att-1' },
    });
    expect(within(screen.getByRole('list', { name: 'Registered products' })).getByText(/SN001/)).toBeTruthy();
  });

  it('refuses a form without its bill of sale and keeps what was typed', async () => {
    const { api } = await signedIn();
    fireEvent.click(link('Warranty'));
    fireEvent.click(button('Activate Warranty'));
    fill('Model Number', 'LNR6108');
    fireEvent.click(button('Save Warranty'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Upload Bill of Sale: Required.');
    expect(field('Upload Bill of Sale').getAttribute('aria-invalid')).toBe('true');
    expect(field('Model Number').value).toBe('LNR6108');
    expect(api.state.warranties).toEqual([]);
  });
});

describe('Reset Device Password', () => {
  const fillRequest = () => {
    fill('Model Number', 'LNR6108');
    fill('Device ID', 'ABCDEFGH1234567');
    fill('Serial Number (S/N)', 'SN001');
    fill('Date Displayed on Device', '2026-03-02');
  };

  it('submits with a picked file and shows the ticket number', async () => {
    const { api } = await signedIn();
    fireEvent.click(link('Reset Device Password'));
    expect(field('First Name').value).toBe('Alex');
    expect(field('Phone Number').value).toBe('555-0142');
    fillRequest();
    const file = new File([new Uint8Array([137, 80, 78, 71])], 'info.png', { type: 'image/png' });
    fireEvent.change(field('Upload Device Info Screen'), { target: { files: [file] } });
    await screen.findByText('Selected: info.png');
    for (const label of ['proof of purchase', 'information sticker']) {
      fireEvent.change(screen.getByLabelText(`Choose ${label} from photos and e-mail`), {
        target: { value: 'attachment:mail-1:att-1' },
      });
    }
    fireEvent.click(button('Submit'));
    expect((await screen.findByRole('status')).textContent).toContain('Ticket number: 1001');
    const form = api.calls.at(-1)?.args[0];
    expect(form).toMatchObject({
      firstName: 'Alex',
      deviceId: 'ABCDEFGH1234567',
      dateDisplayed: '2026-03-02',
      deviceInfoScreen: { source: 'file', name: 'info.png', mimeType: 'image/png', sizeBytes: 4 },
    });
    expect((form as { deviceInfoScreen: { dataUrl: string } }).deviceInfoScreen.dataUrl).toMatch(/^data:image\/png/);
    expect(field('Device ID').value).toBe('');
  });

  it('creates nothing when the world refuses a field, and shows every message next to its field', async () => {
    const { api } = await signedIn();
    fireEvent.click(link('Reset Device Password'));
    fillRequest();
    fill('Serial Number (S/N)', 'SN999');
    fireEvent.click(button('Submit'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Serial Number (S/N): No warranty for this serial.');
    expect(alert.textContent).toContain('Upload Information Sticker: Required.');
    expect(field('Serial Number (S/N)').getAttribute('aria-invalid')).toBe('true');
    expect(field('Device ID').getAttribute('aria-invalid')).toBeNull();
    expect(field('Device ID').value).toBe('ABCDEFGH1234567');
    expect(api.state.tickets).toEqual([]);
  });
});

describe('Recover Password', () => {
  it('e-mails a code, then Reset sets the new password with the code', async () => {
    const api = new FakeOutsideWorld();
    render(<WebsiteRoot api={api} />);
    fireEvent.click(link('My Account'));
    fireEvent.click(link('Recover Password'));
    fill('Email', 'alex@example.com');
    fireEvent.click(button('Recover'));
    await screen.findByText(/Check your e-mail/);
    fill('New Password', 'Garden#2027');
    fill('Verification Code', '000000');
    fireEvent.click(button('Reset'));
    expect((await screen.findByRole('alert')).textContent).toContain('Verification Code: Wrong verification code.');
    expect(api.password).toBe('Welcome#2026');
    fill('Verification Code', '123456');
    fireEvent.click(button('Reset'));
    await screen.findByText(/Your password was reset/);
    expect(api.password).toBe('Garden#2027');
  });
});

describe('while another place is shown', () => {
  it('renders no controls, and keeps the draft for when it comes back', async () => {
    const { api, rerender } = await signedIn();
    fireEvent.click(link('Reset Device Password'));
    fill('Device ID', 'ABCDEFGH1234567');
    rerender(<WebsiteRoot api={api} active={false} />);
    expect(screen.queryByLabelText('Device ID')).toBeNull();
    rerender(<WebsiteRoot api={api} active />);
    expect(field('Device ID').value).toBe('ABCDEFGH1234567');
  });
});
