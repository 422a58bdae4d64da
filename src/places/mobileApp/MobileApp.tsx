/**
 * The Mobile App (docs/accessible-names.md): a phone-sized app of our own design, usable by touch. It renders the
 * outside world's state (useSyncExternalStore on OutsideWorldApi) and only calls its commands; the recorder and the
 * cameras are reached through RecorderLink and CameraLink (appLinks.ts).
 *
 * Screens: Log In and Forgot Password while logged out (P10); while logged in the device list, Device Info, Device
 * Password, Forgot device password (P4) or account verification (P5), and Add New Device (P9). Which screen is open
 * is UI state; whether the app is logged in is the world's (appSession), so a reload keeps it.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { useDraft } from '../shared/drafts';
import { PRACTICE_NOTE } from '../shared/TextField';
import type { OutsideWorldApi } from '../../../outside';
import { AddDeviceScreen } from './AddDeviceScreen';
import type { CameraLink, RecorderLink } from './appLinks';
import { DeviceInfoScreen } from './DeviceInfoScreen';
import { DeviceListScreen } from './DeviceListScreen';
import { DevicePasswordScreen } from './DevicePasswordScreen';
import { ForgotDevicePasswordScreen } from './ForgotDevicePasswordScreen';
import { ForgotPasswordScreen } from './ForgotPasswordScreen';
import { LogInScreen } from './LogInScreen';
import './mobileApp.css';

type Screen =
  | { readonly name: 'login' }
  | { readonly name: 'forgotPassword' }
  | { readonly name: 'devices' }
  | { readonly name: 'addDevice' }
  | { readonly name: 'deviceInfo' | 'devicePassword' | 'forgotDevicePassword'; readonly deviceId: string };

/** Where Back goes from each screen. */
function backFrom(screen: Screen): Screen | null {
  switch (screen.name) {
    case 'forgotPassword':
      return { name: 'login' };
    case 'addDevice':
    case 'deviceInfo':
      return { name: 'devices' };
    case 'devicePassword':
      return { name: 'deviceInfo', deviceId: screen.deviceId };
    case 'forgotDevicePassword':
      return { name: 'devicePassword', deviceId: screen.deviceId };
    default:
      return null;
  }
}

export function MobileApp({
  api,
  recorder,
  cameras,
}: {
  api: OutsideWorldApi;
  recorder: RecorderLink;
  cameras: CameraLink;
}) {
  const subscribe = useCallback((listener: () => void) => api.subscribe(listener), [api]);
  const state = useSyncExternalStore(subscribe, () => api.state);
  const [screen, setScreen] = useDraft<Screen>('app:screen', { name: 'login' });
  const [notice, setNotice] = useDraft<string | null>('app:notice', null);
  const session = state.appSession;
  const go = (next: Screen) => {
    setNotice(null);
    setScreen(next);
  };

  // Logged in: the login screens give way to the device list; logged out: only the login screens.
  let current: Screen = screen;
  if (session === null && screen.name !== 'forgotPassword') current = { name: 'login' };
  if (session !== null && (screen.name === 'login' || screen.name === 'forgotPassword')) current = { name: 'devices' };
  const deviceId = 'deviceId' in current ? current.deviceId : null;
  const device = state.appDevices.find((each) => each.id === deviceId);
  if (deviceId !== null && device === undefined) current = { name: 'devices' };
  const back = backFrom(current);

  let body;
  if (session === null) {
    body =
      current.name === 'forgotPassword' ? (
        <ForgotPasswordScreen
          api={api}
          onDone={() => {
            setScreen({ name: 'login' });
            setNotice('Your password was changed. Log in with the new password.');
          }}
        />
      ) : (
        <LogInScreen api={api} notice={notice} onForgotPassword={() => go({ name: 'forgotPassword' })} />
      );
  } else if (current.name === 'addDevice') {
    body = (
      <AddDeviceScreen
        api={api}
        cameras={cameras}
        onAdded={(name) => {
          setScreen({ name: 'devices' });
          setNotice(`Added ${name}.`);
        }}
      />
    );
  } else if (device !== undefined && current.name === 'deviceInfo') {
    body = (
      <DeviceInfoScreen device={device} onDevicePassword={() => go({ name: 'devicePassword', deviceId: device.id })} />
    );
  } else if (device !== undefined && current.name === 'devicePassword') {
    body = (
      <DevicePasswordScreen
        api={api}
        device={device}
        recorder={recorder}
        onForgot={() => go({ name: 'forgotDevicePassword', deviceId: device.id })}
      />
    );
  } else if (device !== undefined && current.name === 'forgotDevicePassword') {
    body = <ForgotDevicePasswordScreen api={api} device={device} accountEmail={session.email} recorder={recorder} />;
  } else {
    body = (
      <>
        {notice && (
          <p className="app-notice" role="status">
            {notice}
          </p>
        )}
        <DeviceListScreen
          devices={state.appDevices}
          email={session.email}
          onDeviceInfo={(deviceId) => go({ name: 'deviceInfo', deviceId })}
          onAddDevice={() => go({ name: 'addDevice' })}
          onLogOut={() => {
            void api.appLogOut();
            go({ name: 'login' });
          }}
        />
      </>
    );
  }

  return (
    <div className="mobile-app">
      <div className="phone" role="region" aria-label="Phone">
        <div className="phone-status" aria-hidden="true">
          <span>Home Security</span>
        </div>
        <div className="phone-bar">
          {back && (
            <button type="button" className="app-back" onClick={() => go(back)}>
              Back
            </button>
          )}
        </div>
        <div className="phone-screen">{body}</div>
      </div>
      <p className="practice-note">{PRACTICE_NOTE}</p>
    </div>
  );
}
