/**
 * The app: follows the open world (New simulation swaps it) and renders the bench for it, or, while another tab
 * drives the world, says so and offers to take it over (WorldElsewhere.tsx). The start's notices live here, above
 * the bench of any one world (useLaunchNotices.ts).
 */
import { useSyncExternalStore } from 'react';
import type { WorldHost } from '../session/worldHost';
import { Bench } from './Bench';
import { useLaunchNotices } from './useLaunchNotices';
import { WorldElsewhere } from './WorldElsewhere';

export function App({ host, notices: launchNotices }: { host: WorldHost; notices: readonly string[] }) {
  const view = useSyncExternalStore(host.subscribe, host.getView);
  const worldId = view.kind === 'running' ? view.session.world.id : view.worldId;
  const { notices, dismiss } = useLaunchNotices(launchNotices, worldId);
  if (view.kind === 'elsewhere') {
    return <WorldElsewhere host={host} takenOver={view.takenOver} notices={notices} onDismiss={dismiss} />;
  }
  return <Bench key={view.session.world.id} session={view.session} host={host} notices={notices} onDismiss={dismiss} />;
}
