/** The app: follows the open world (New simulation swaps it) and renders the bench for it. */
import { useSyncExternalStore } from 'react';
import type { WorldHost } from '../session/worldHost';
import { Bench } from './Bench';

export function App({ host, notices }: { host: WorldHost; notices: readonly string[] }) {
  const session = useSyncExternalStore(host.subscribe, host.getSession);
  return <Bench key={session.world.id} session={session} host={host} notices={notices} />;
}
