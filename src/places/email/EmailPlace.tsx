/** The Email place (SPEC §6.2). PLACEHOLDER: replaced by the place's own implementation. */
import type { WorldSession } from '../../world/worldSession';

export function EmailPlace({ session: _session }: { session: WorldSession }) {
  return <p>Email is not built yet.</p>;
}
