/**
 * The Mobile App place's screens (docs/accessible-names.md names) on the real outside world (OutsideWorld, low PBKDF2 cost): log in,
 * Forgot Password (P10), Device Info > Device Password > Forgot device password (P4), app verification for
 * `connect` (P5) and Add New Device (P9). The recorder and the cameras are small links that record what the app
 * sends them; the world's own rules are tested in Node (tests/world).
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { type RecorderModelId, type UsersEvent } from '../../firmware';
import { createOutsideWorld, type OutsideWorldApi } from '../../outside';
import type { CameraLink, PairingCamera, RecorderLink } from '../../src/places/mobileApp/appLinks';
import { MobileApp } from '../../src/places/mobileApp/MobileApp';
import { ITERATIONS, START, testWorld } from '../outside/outsideSupport';

afterEach(cleanup);

const EMAIL = 'alex@example.com';
const PASSWORD = 'Welcome#2026';

function fakeRecorder(date: string | null, acceptedCode = '654321') {
  const delivered: UsersEvent[] = [];
  const link: RecorderLink = {
    displayedDate: () => date,
    deliver: (event) => (delivered.push(event), event.code === acceptedCode ? 'accepted' : 'refused'),
  };
  return { link, delivered };
}

function fakeCameras(initial: PairingCamera[]) {
  let pairing = initial;
  const listeners = new Set<() => void>();
  const link: CameraLink = {
    subscribe: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    pairingCameras: () => pairing,
    bind: (serial) => {
      pairing = pairing.filter((camera) => camera.serialNumber !== serial);
      listeners.forEach((listener) => listener());
      return true;
    },
  };
  return { link, pairing: () => pairing };
}

async function openApp(
  modelId: RecorderModelId,
  options: { date?: string | null; cameras?: PairingCamera[]; world?: OutsideWorldApi } = {},
) {
  const test = await testWorld(modelId);
  const world = options.world ?? test.world;
  const recorder = fakeRecorder(options.date === undefined ? '2026-03-02' : options.date);
  const camera = fakeCameras(options.cameras ?? []);
  render(<MobileApp api={world} recorder={recorder.link} cameras={camera.link} />);
  return { test, world, recorder, camera };
}

const field = (name: string) => screen.getByLabelText(name, { exact: true });
const button = (name: string) => screen.getByRole('button', { name });
const click = (name: string) => fireEvent.click(button(name));

async function logIn(password = PASSWORD) {
  fireEvent.change(field('Email'), { target: { value: EMAIL } });
  fireEvent.change(field('Password'), { target: { value: password } });
  click('Log In');
}

async function openDevicePassword() {
  await logIn();
  const recorderRow = (await screen.findAllByRole('listitem'))[0]!;
  fireEvent.click(recorderRow.querySelector('button')!);
  click('Device Password');
}

describe('the Mobile App', () => {
  it('refuses a wrong password next to the field, then logs in and lists the devices', async () => {
    await openApp('N863A63B');
    await logIn('Wrong#1234');
    await waitFor(() => expect(field('Password').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByRole('alert').textContent).not.toBe('');
    await logIn();
    await screen.findByRole('heading', { name: 'Devices' });
    screen.getByRole('listitem', { name: 'NVR N863A63B' });
    expect(screen.getAllByRole('button', { name: 'Device Info' })).toHaveLength(3);
    click('Log Out');
    await screen.findByRole('heading', { name: 'Log In' });
  });

  it('Forgot Password: Get Activation Code, a wrong code explained, then OK changes the password', async () => {
    const { world } = await openApp('LNR6108');
    click('Forgot Password');
    fireEvent.change(field('Email'), { target: { value: EMAIL } });
    fireEvent.change(field('New Password'), { target: { value: 'NewPass#2026' } });
    click('Get Activation Code');
    const codeField = await screen.findByLabelText('Verification Code');
    const code = world.state.pendingCodes.find((pending) => pending.purpose === 'app-password')!.code;
    fireEvent.change(codeField, { target: { value: code === '000000' ? '111111' : '000000' } });
    click('OK');
    await screen.findByText(/Wrong verification code\. 4 tries left/);
    fireEvent.change(field('Verification Code'), { target: { value: code } });
    click('OK');
    await screen.findByText(/Your password was changed/);
    await logIn(PASSWORD);
    await waitFor(() => expect(field('Password').getAttribute('aria-invalid')).toBe('true'));
    await logIn('NewPass#2026');
    await screen.findByRole('heading', { name: 'Devices' });
  });

  it('P4: Forgot device password e-mails a temporary password for the date the recorder displays', async () => {
    const { world } = await openApp('N841A81', { date: '2026-03-05' });
    await openDevicePassword();
    click('Forgot device password');
    expect((field('Email') as HTMLInputElement).value).toBe(EMAIL);
    fireEvent.change(field('Email'), { target: { value: 'someone@else.com' } });
    click('Send Reset Instructions');
    await screen.findByText('Enter the e-mail address of this app account.');
    expect(world.state.mailbox.some((mail) => mail.kind === 'temporary-password')).toBe(false);
    fireEvent.change(field('Email'), { target: { value: EMAIL } });
    click('Send Reset Instructions');
    await screen.findByText(/Get the temporary password from your email/);
    const mail = world.state.mailbox.find((each) => each.kind === 'temporary-password')!;
    expect(mail.body.join('\n')).toMatch(/^Temporary password: \S+$/m);
    expect(mail.body.join('\n')).toContain('2026-03-05');
  });

  it('P4: nothing is sent while the recorder is off, and a shared user cannot ask', async () => {
    const { world } = await openApp('N863A63B', { date: null });
    await openDevicePassword();
    click('Forgot device password');
    click('Send Reset Instructions');
    await screen.findByText(/The recorder is offline/);
    expect(world.state.mailbox.some((mail) => mail.kind === 'temporary-password')).toBe(false);
    cleanup();

    const base = await testWorld('N863A63B');
    const state = base.world.state;
    const shared = createOutsideWorld({
      state: { ...state, appDevices: state.appDevices.map((device) => ({ ...device, owner: false })) },
      now: START,
      pbkdf2Iterations: ITERATIONS,
      persist: async () => {},
    });
    await openApp('N863A63B', { world: shared });
    await openDevicePassword();
    expect(screen.queryByRole('button', { name: 'Forgot device password' })).toBeNull();
    screen.getByText(/Shared users cannot reset the password/);
  });

  it('P5: a connect recorder is verified with the code it shows; its answer is shown', async () => {
    const { test, recorder } = await openApp('N831A81');
    await openDevicePassword();
    expect(screen.queryByRole('button', { name: 'Forgot device password' })).toBeNull();
    fireEvent.change(field('Verification Code'), { target: { value: '12ab' } });
    click('OK');
    await screen.findByText(/Enter the 6-digit code the recorder shows/);
    expect(recorder.delivered).toEqual([]);
    fireEvent.change(field('Verification Code'), { target: { value: '654321' } });
    click('OK');
    await screen.findByText(/The recorder accepted the code/);
    expect(recorder.delivered).toEqual([
      { type: 'APP_VERIFICATION_APPROVED', deviceId: test.unit.deviceId, code: '654321' },
    ]);
    fireEvent.change(field('Verification Code'), { target: { value: '111111' } });
    click('OK');
    await screen.findByText(/The recorder refused the code/);
  });

  it('a cloud recorder offers nothing in the app: support resets it', async () => {
    await openApp('LNR6108');
    await openDevicePassword();
    expect(screen.queryByRole('button', { name: 'Forgot device password' })).toBeNull();
    expect(screen.queryByLabelText('Verification Code')).toBeNull();
    screen.getByText(/cannot be reset from the app/);
  });

  it('P9: a reset camera is added again; one still in the list is refused with the reason', async () => {
    const test = await testWorld('N863A63B');
    const wifi = test.world.state.appDevices.find((device) => device.kind === 'wifi-camera')!;
    const camera = { modelId: wifi.modelId, serialNumber: wifi.serialNumber };
    const { world, camera: cameras } = await openApp('N863A63B', { world: test.world, cameras: [camera] });
    await logIn();
    fireEvent.click(await screen.findByRole('button', { name: 'Add New Device' }));
    click(`Add ${camera.modelId} ${camera.serialNumber}`);
    await screen.findByText('This camera is already in your device list.');
    expect(cameras.pairing()).toHaveLength(1);

    // The shell forgets a camera when it chimes (its reset undid the binding).
    await act(() => world.forgetAppDevice(camera.serialNumber));
    click(`Add ${camera.modelId} ${camera.serialNumber}`);
    await screen.findByText(new RegExp(`Added ${camera.modelId}`));
    expect(cameras.pairing()).toEqual([]);
    expect(world.state.appDevices.filter((device) => device.serialNumber === camera.serialNumber)).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: 'Device Info' })).toHaveLength(3);
  });
});
