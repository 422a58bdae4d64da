/**
 * Add New Device (P9, seed 000: "Set up your device as a New Device on the Lorex App"): the Wi-Fi cameras in pairing
 * mode near the phone (reset, LED flashing green), live from the CameraLink. Adding one registers it with the
 * account (the world's addAppDevice) and then binds the camera (its LED goes back to normal); a camera that left
 * pairing mode meanwhile is not registered.
 */
import { useSyncExternalStore } from 'react';
import { useDraft } from '../shared/drafts';
import type { OutsideWorldApi } from '../../../outside';
import { useSubmission } from '../shared/useSubmission';
import { FormMessage } from './phoneForm';
import type { CameraLink, PairingCamera } from './appLinks';

export function AddDeviceScreen({
  api,
  cameras,
  onAdded,
}: {
  api: OutsideWorldApi;
  cameras: CameraLink;
  onAdded: (name: string) => void;
}) {
  const pairing = useSyncExternalStore(cameras.subscribe, cameras.pairingCameras);
  const form = useSubmission<'device'>(api, 'app:addDevice');
  const [adding, setAdding] = useDraft<string | null>('app:addDevice:camera', null);
  const add = (camera: PairingCamera) => {
    setAdding(camera.serialNumber);
    const stillPairing = () =>
      cameras.pairingCameras().some((candidate) => candidate.serialNumber === camera.serialNumber);
    if (!stillPairing()) {
      form.setErrors({ device: 'This camera is no longer in pairing mode: reset it again.' });
      return;
    }
    void form.submit(
      () => api.addAppDevice({ kind: 'wifi-camera', modelId: camera.modelId, serialNumber: camera.serialNumber }),
      () => {
        cameras.bind(camera.serialNumber);
        onAdded(`${camera.modelId} (S/N ${camera.serialNumber})`);
      },
    );
  };
  return (
    <div className="app-screen">
      <h2>Add New Device</h2>
      <p>
        Reset the Wi-Fi camera first: hold its reset button for 10 seconds until it chimes and its light flashes green.
        Cameras waiting to be set up appear here.
      </p>
      {pairing.length === 0 ? (
        <p role="status">Searching… no device in pairing mode.</p>
      ) : (
        <ul className="app-devices" aria-label="Devices found">
          {pairing.map((camera) => (
            <li key={camera.serialNumber} className="app-device">
              <span className="app-device-name">Wi-Fi camera {camera.modelId}</span>
              <span className="app-muted">S/N {camera.serialNumber}</span>
              <button
                type="button"
                className="app-primary"
                disabled={form.busy}
                aria-label={`Add ${camera.modelId} ${camera.serialNumber}`}
                onClick={() => add(camera)}
              >
                Add
              </button>
              {adding === camera.serialNumber && <FormMessage>{form.errors.device ?? form.errors.form}</FormMessage>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
