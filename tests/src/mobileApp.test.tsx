/**
 * The Mobile App place's screens (SPEC §6.2 names): log in, Forgot Password (P10), Device Info > Device Password >
 * Forgot device password (P4), app verification for `connect` (P5) and Add New Device (P9). The world here is a small
 * in-test fake of OutsideWorldApi that records the commands; the real world's rules are tested in Node.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppDevice, FormResult, OutsideWorldApi, OutsideWorldState, UsersEvent } from '../../firmware';
import type { CameraLink, PairingCamera, RecorderLink } from '../../src/places/mobileApp/appLinks';
import { MobileApp } from '../../src/places/mobileApp/MobileApp';

afterEach(cleanup);

const EMAIL = 'alex@example.com';
const PASSWORD = 'Welcome#2026';

const recorderDevice = (modelId: string, owner = true): AppDevice => ({
  id: 'dev-1',
  kind: 'recorder',
  name: `Recorder ${modelId}`,
  modelId,
  serialNumber: 'SN0001',
  deviceId: 'ABCDEFGHJK12345',
  owner,
});

/** Just enough world: one account, the app session, the app's devices; every command is logged. */
class FakeWorld {
  calls: unknown[][] = [];
  private listeners = new Set<() => void>();
  password = PASSWORD;
  state: OutsideWorldState;
  constructor(devices: AppDevice[]) {
    this.state = { appSession: null, appDevices: devices } as unknown as OutsideWorldState;
  }
  private set(change: Partial<OutsideWorldState>) {
    this.state = { ...this.state, ...change };
    this.listeners.forEach((listener) => listener());
  }
  api(): OutsideWorldApi {
    const ok = <V,>(value: V) => Promise.resolve({ ok: true as const, value });
    const api: Partial<OutsideWorldApi> = {
      subscribe: (listener) => {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
      },
      appLogIn: async (form) => {
        this.calls.push(['appLogIn', form]);
        if (form.email !== EMAIL || form.password !== this.password) {
          return { ok: false, errors: { password: 'Wrong e-mail or password.' } };
        }
        this.set({ appSession: { email: EMAIL } });
        return { ok: true, value: undefined };
      },
      appLogOut: async () => void this.set({ appSession: null }),
      requestAppPasswordCode: (form) => (this.calls.push(['requestAppPasswordCode', form]), ok(undefined)),
      confirmAppPasswordCode: async (form): Promise<FormResult<'code'>> => {
        this.calls.push(['confirmAppPasswordCode', form]);
        if (form.code !== '123456') return { ok: false, errors: { code: 'The code is wrong. 4 tries left.' } };
        this.password = 'NewPass#2026';
        return { ok: true, value: undefined };
      },
      sendDevicePasswordReset: (id, date) => (this.calls.push(['sendDevicePasswordReset', id, date]), ok(undefined)),
      verifyRecorderFromApp: (id, code) => {
        this.calls.push(['verifyRecorderFromApp', id, code]);
        return ok<UsersEvent>({ type: 'APP_VERIFICATION_APPROVED', deviceId: 'ABCDEFGHJK12345', code });
      },
      addAppDevice: async (device) => {
        this.calls.push(['addAppDevice', device]);
        const added: AppDevice = {
          id: 'cam-2',
          name: 'Wi-Fi camera',
          deviceId: null,
          owner: true,
          ...device,
        };
        this.set({ appDevices: [...this.state.appDevices, added] });
        return { ok: true, value: undefined };
      },
    };
    Object.defineProperty(api, 'state', { get: () => this.state });
    return api as OutsideWorldApi;
  }
}

function fakeRecorder(date: string | null) {
  const delivered: UsersEvent[] = [];
  const link: RecorderLink = {
    displayedDate: () => date,
    deliver: (event) => (delivered.push(event), event.code === '654321' ? 'accepted' : 'refused'),
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

function openApp(devices: AppDevice[], date: string | null = '2026-03-02', cameras: PairingCamera[] = []) {
  const world = new FakeWorld(devices);
  const recorder = fakeRecorder(date);
  const camera = fakeCameras(cameras);
  render(<MobileApp api={world.api()} recorder={recorder.link} cameras={camera.link} />);
  return { world, recorder, camera };
}

const field = (name: string) => screen.getByLabelText(name, { exact: true });
const button = (name: string) => screen.getByRole('button', { name });

async function logIn(password = PASSWORD) {
  fireEvent.change(field('Email'), { target: { value: EMAIL } });
  fireEvent.change(field('Password'), { target: { value: password } });
  fireEvent.click(button('Log In'));
}

describe('the Mobile App', () => {
  it('refuses a wrong password next to the field, then logs in and lists the devices', async () => {
    openApp([recorderDevice('N863A63B')]);
    await logIn('Wrong#1');
    expect(await screen.findByText('Wrong e-mail or password.')).toBeTruthy();
    expect(field('Password').getAttribute('aria-invalid')).toBe('true');
    await logIn();
    expect(await screen.findByRole('heading', { name: 'Devices' })).toBeTruthy();
    expect(screen.getByRole('listitem', { name: 'Recorder N863A63B' })).toBeTruthy();
    fireEvent.click(button('Log Out'));
    expect(await screen.findByRole('heading', { name: 'Log In' })).toBeTruthy();
  });

  it('Forgot Password: Get Activation Code, a wrong code explained, then OK changes the password', async () => {
    const { world } = openApp([]);
    fireEvent.click(button('Forgot Password'));
    fireEvent.change(field('Email'), { target: { value: EMAIL } });
    fireEvent.change(field('New Password'), { target: { value: 'NewPass#2026' } });
    fireEvent.click(button('Get Activation Code'));
    fireEvent.change(await screen.findByLabelText('Verification Code'), { target: { value: '000000' } });
    fireEvent.click(button('OK'));
    expect(await screen.findByText('The code is wrong. 4 tries left.')).toBeTruthy();
    fireEvent.change(field('Verification Code'), { target: { value: '123456' } });
    fireEvent.click(button('OK'));
    expect(await screen.findByText(/Your password was changed/)).toBeTruthy();
    expect(world.calls[0]).toEqual(['requestAppPasswordCode', { email: EMAIL, newPassword: 'NewPass#2026' }]);
    await logIn('NewPass#2026');
    expect(await screen.findByRole('heading', { name: 'Devices' })).toBeTruthy();
  });

  it('P4: Forgot device password sends the reset for the date the recorder displays', async () => {
    const { world } = openApp([recorderDevice('N841A81')], '2031-07-04');
    await logIn();
    fireEvent.click(await screen.findByRole('button', { name: 'Device Info' }));
    expect(screen.getByText('ABCDEFGHJK12345')).toBeTruthy();
    fireEvent.click(button('Device Password'));
    fireEvent.click(button('Forgot device password'));
    expect((field('Email') as HTMLInputElement).value).toBe(EMAIL);
    fireEvent.change(field('Email'), { target: { value: 'someone@else.com' } });
    fireEvent.click(button('Send Reset Instructions'));
    expect(await screen.findByText('Enter the e-mail address of this app account.')).toBeTruthy();
    fireEvent.change(field('Email'), { target: { value: EMAIL } });
    fireEvent.click(button('Send Reset Instructions'));
    expect(await screen.findByText(/Get the temporary password from your email/)).toBeTruthy();
    expect(world.calls.at(-1)).toEqual(['sendDevicePasswordReset', 'dev-1', '2031-07-04']);
  });

  it('P4: nothing is sent while the recorder is off, and a shared user cannot ask', async () => {
    const { world } = openApp([recorderDevice('N863A63B')], null);
    await logIn();
    fireEvent.click(await screen.findByRole('button', { name: 'Device Info' }));
    fireEvent.click(button('Device Password'));
    fireEvent.click(button('Forgot device password'));
    fireEvent.click(button('Send Reset Instructions'));
    expect(await screen.findByText(/The recorder is offline/)).toBeTruthy();
    expect(world.calls.some(([name]) => name === 'sendDevicePasswordReset')).toBe(false);
    cleanup();
    openApp([recorderDevice('N863A63B', false)]);
    await logIn();
    fireEvent.click(await screen.findByRole('button', { name: 'Device Info' }));
    fireEvent.click(button('Device Password'));
    expect(screen.queryByRole('button', { name: 'Forgot device password' })).toBeNull();
    expect(screen.getByText(/Shared users cannot reset the password/)).toBeTruthy();
  });

  it('P5: a connect recorder is verified with the code it shows; the approval goes to the recorder', async () => {
    const { world, recorder } = openApp([recorderDevice('N831A81')]);
    await logIn();
    fireEvent.click(await screen.findByRole('button', { name: 'Device Info' }));
    fireEvent.click(button('Device Password'));
    expect(screen.queryByRole('button', { name: 'Forgot device password' })).toBeNull();
    fireEvent.change(field('Verification Code'), { target: { value: '654321' } });
    fireEvent.click(button('OK'));
    await waitFor(() => expect(recorder.delivered).toHaveLength(1));
    expect(recorder.delivered[0]).toEqual({
      type: 'APP_VERIFICATION_APPROVED',
      deviceId: 'ABCDEFGHJK12345',
      code: '654321',
    });
    expect(world.calls.at(-1)).toEqual(['verifyRecorderFromApp', 'dev-1', '654321']);
    expect(await screen.findByText(/The recorder accepted the code/)).toBeTruthy();
    fireEvent.change(field('Verification Code'), { target: { value: '111111' } });
    fireEvent.click(button('OK'));
    expect(await screen.findByText(/The recorder refused the code/)).toBeTruthy();
  });

  it('P9: Add New Device lists the camera in pairing mode, registers and binds it', async () => {
    const { world, camera } = openApp([recorderDevice('N863A63B')], '2026-03-02', [
      { modelId: 'W462AQC', serialNumber: 'W462-0001' },
    ]);
    await logIn();
    fireEvent.click(await screen.findByRole('button', { name: 'Add New Device' }));
    fireEvent.click(button('Add W462AQC W462-0001'));
    expect(await screen.findByText(/Added W462AQC/)).toBeTruthy();
    expect(camera.pairing()).toEqual([]);
    expect(world.calls.at(-1)).toEqual([
      'addAppDevice',
      { kind: 'wifi-camera', modelId: 'W462AQC', serialNumber: 'W462-0001' },
    ]);
    expect(screen.getAllByRole('button', { name: 'Device Info' })).toHaveLength(2);
  });
});
