/** The Support Website place (SPEC §6.2). PLACEHOLDER: replaced by the place's own implementation. */
import type { WorldSession } from '../../world/worldSession';

export function WebsitePlace({ session: _session }: { session: WorldSession }) {
  return <p>Support Website is not built yet.</p>;
}
