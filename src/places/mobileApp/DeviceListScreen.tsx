/**
 * The app's device list (logged in): the recorder and cameras registered to the account (state.appDevices), each
 * with its Device Info button; Add New Device (P9) and Log Out.
 */
import type { AppDevice } from '../../../outside';

const KIND_LABEL: Readonly<Record<AppDevice['kind'], string>> = {
  recorder: 'Recorder',
  'ip-camera': 'IP camera',
  'wifi-camera': 'Wi-Fi camera',
};

export function DeviceListScreen({
  devices,
  email,
  onDeviceInfo,
  onAddDevice,
  onLogOut,
}: {
  devices: readonly AppDevice[];
  email: string;
  onDeviceInfo: (deviceId: string) => void;
  onAddDevice: () => void;
  onLogOut: () => void;
}) {
  return (
    <div className="app-screen">
      <h2>Devices</h2>
      <p className="app-muted">Logged in as {email}</p>
      {devices.length === 0 ? (
        <p>No devices yet. Add one with Add New Device.</p>
      ) : (
        <ul className="app-devices" aria-label="Devices">
          {devices.map((device) => (
            <li key={device.id} className="app-device" aria-labelledby={`app-device-${device.id}`}>
              <span id={`app-device-${device.id}`} className="app-device-name">
                {device.name}
              </span>
              <span className="app-muted">
                {KIND_LABEL[device.kind]} {device.modelId}
                {device.owner ? '' : ' (shared with you)'}
              </span>
              <button
                type="button"
                className="app-secondary"
                aria-describedby={`app-device-${device.id}`}
                onClick={() => onDeviceInfo(device.id)}
              >
                Device Info
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="app-primary" onClick={onAddDevice}>
        Add New Device
      </button>
      <button type="button" className="app-link" onClick={onLogOut}>
        Log Out
      </button>
    </div>
  );
}
