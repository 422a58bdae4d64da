/**
 * The Cameras place (docs/accessible-names.md): every camera around the recorder, drawn, with its reset button, Ethernet cable
 * and LED (CameraCard). The cameras are the session's (WorldSession.cameras: the same wiring as Node's headless site,
 * saved with the world). A Wi-Fi camera's chime plays through Web Audio (chime.ts); this place stays mounted while
 * another is shown, so it plays wherever the user is.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { WorldSession } from '../../session/worldSession';
import { CameraCard } from './CameraCard';
import { playChime } from './chime';
import './cameras.css';

export function CamerasPlace({ session }: { session: WorldSession }) {
  const { cameras } = session;
  const list = useSyncExternalStore(cameras.subscribe, cameras.getList);
  useEffect(() => cameras.onChime(() => void playChime()), [cameras]);
  return (
    <div className="cameras-place">
      <p className="cameras-intro">
        The cameras around the recorder. An IP camera gets power over Ethernet from the recorder: to reset it, hold its
        Reset button, unplug and replug its Ethernet cable, and keep holding 15 seconds. A Wi-Fi camera resets after 10
        seconds of holding; then add it again in the Mobile App.
      </p>
      <div className="camera-cards">
        {list.map((camera) => (
          <CameraCard key={camera.index} camera={camera} cameras={cameras} />
        ))}
      </div>
    </div>
  );
}
