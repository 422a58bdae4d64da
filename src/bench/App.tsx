/**
 * The app: follows the open world (New simulation swaps it) and renders the bench for it, or, while another tab
 * drives the world, says so and offers to take it over (WorldElsewhere.tsx).
 */
import { useSyncExternalStore } from 'react';
import type { WorldHost } from '../session/worldHost';
import { Bench } from './Bench';
import { WorldElsewhere } from './WorldElsewhere';

export function App({ host, notices }: { host: WorldHost; notices: readonly string[] }) {
  const view = useSyncExternalStore(host.subscribe, host.getView);
  if (view.kind === 'elsewhere') return <WorldElsewhere host={host} takenOver={view.takenOver} notices={notices} />;
  return <Bench key={view.session.world.id} session={view.session} host={host} notices={notices} />;
}
