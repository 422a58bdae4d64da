/**
 * One camera on the bench (docs/accessible-names.md Cameras), a region named by its title (e.g. "Camera 1 — E893AB on port 1"):
 * its drawing, the LED readable by the label LED (its text is the state: "off", "blinking", "solid", "flashing
 * green"), the Reset button (press and hold: pointer, Space or Enter; IP and Wi-Fi cameras), the Ethernet cable
 * (aria-pressed = plugged in; IP cameras only), the camera's status, and for the Wi-Fi camera whether it is in
 * pairing mode and when its chime last played.
 *
 * The Ethernet cable does not take the focus when clicked, so a reset button held with the keyboard stays held while
 * the cable is pulled and plugged back (P8 needs both hands on a real camera).
 */
import { useId } from 'react';
import { formatDeviceDateTime, ledText, type CameraView } from '../../../firmware';
import { HoldButton } from '../../bench/HoldButton';
import type { SessionCameras } from '../../session/sessionCameras';
import { CameraPicture } from './CameraPicture';
import { unlockChime } from './chime';

const STATUS_TEXT: Readonly<Record<CameraView['status'], string>> = {
  off: 'No power',
  starting: 'Starting',
  restarting: 'Restarting with factory defaults',
  running: 'Running',
};

export function CameraCard({ camera, cameras }: { camera: CameraView; cameras: SessionCameras }) {
  const titleId = useId();
  const ledId = useId();
  const { index } = camera;
  return (
    <section className="camera-card" aria-labelledby={titleId}>
      <h2 id={titleId}>{camera.title}</h2>
      <CameraPicture camera={camera} />
      <dl className="camera-facts">
        <dt id={ledId}>LED</dt>
        <dd>
          <output aria-labelledby={ledId}>{ledText(camera.led)}</output>
        </dd>
        <dt>Status</dt>
        <dd>{STATUS_TEXT[camera.status]}</dd>
        <dt>Serial</dt>
        <dd>{camera.serial}</dd>
        {camera.kind === 'wifi' && (
          <>
            <dt>App account</dt>
            <dd>{camera.pairing ? 'Pairing mode: add it as a new device in the app' : 'Added to the app account'}</dd>
          </>
        )}
      </dl>
      <div className="camera-controls">
        {camera.kind !== 'analog' && (
          <HoldButton
            className="camera-reset"
            onDown={() => {
              unlockChime();
              cameras.pressReset(index);
            }}
            onUp={() => cameras.releaseReset(index)}
          >
            Reset button
          </HoldButton>
        )}
        {camera.kind === 'ip' && (
          <button
            type="button"
            className="camera-cable"
            aria-pressed={camera.ethernetPlugged === true}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => cameras.setEthernetPlugged(index, camera.ethernetPlugged !== true)}
          >
            Ethernet cable
          </button>
        )}
        {camera.kind === 'ip' && <span>{camera.ethernetPlugged ? 'plugged in' : 'unplugged'}</span>}
      </div>
      {camera.kind === 'wifi' && (
        <p className="camera-chime" aria-live="polite">
          {camera.lastChimeAt !== null ? `Chime played at ${formatDeviceDateTime(camera.lastChimeAt)}` : ''}
        </p>
      )}
    </section>
  );
}
