/** The Mobile App place (SPEC §6.2). PLACEHOLDER: replaced by the place's own implementation. */
import type { WorldSession } from '../../world/worldSession';

export function MobileAppPlace({ session: _session }: { session: WorldSession }) {
  return <p>Mobile App is not built yet.</p>;
}
