/** The Cameras place (SPEC §6.2). PLACEHOLDER: replaced by the place's own implementation. */
import type { WorldSession } from '../../world/worldSession';

export function CamerasPlace({ session: _session }: { session: WorldSession }) {
  return <p>Cameras is not built yet.</p>;
}
