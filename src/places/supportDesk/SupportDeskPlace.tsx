/** The Support Desk place (SPEC §6.2). PLACEHOLDER: replaced by the place's own implementation. */
import type { WorldSession } from '../../world/worldSession';

export function SupportDeskPlace({ session: _session }: { session: WorldSession }) {
  return <p>Support Desk is not built yet.</p>;
}
