/**
 * Device Info of one device of the account: its name, model, serial number and, for a recorder, its Device ID; a
 * recorder has Device Password (P4, P5). A Wi-Fi camera has no password to reset (seed 000: "there is no way to
 * reset your smart home camera's password"), which the screen says.
 */
import type { AppDevice } from '../../../outside';

export function DeviceInfoScreen({ device, onDevicePassword }: { device: AppDevice; onDevicePassword: () => void }) {
  const rows: [string, string][] = [
    ['Device Name', device.name],
    ['Model', device.modelId],
    ['Serial No.', device.serialNumber],
  ];
  if (device.deviceId !== null) rows.push(['Device ID', device.deviceId]);
  return (
    <div className="app-screen">
      <h2>Device Info</h2>
      <dl className="app-info">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {device.kind === 'recorder' ? (
        <button type="button" className="app-secondary" onClick={onDevicePassword}>
          Device Password
        </button>
      ) : device.kind === 'wifi-camera' ? (
        <p className="app-muted">
          A Wi-Fi camera has no password to reset: hold its reset button for 10 seconds and add it again with Add New
          Device.
        </p>
      ) : (
        <p className="app-muted">The recorder sets this camera&apos;s password.</p>
      )}
    </div>
  );
}
