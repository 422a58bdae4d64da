/**
 * The Mobile App place (SPEC §6.2): the phone app wired to the open world. The outside world's API is the session's
 * `outside`; the recorder and the Wi-Fi cameras are reached through the links of appLinks.ts (sessionLinks.ts).
 */
import { useMemo } from 'react';
import type { WorldSession } from '../../world/worldSession';
import { NO_CAMERAS } from './appLinks';
import { MobileApp } from './MobileApp';
import { recorderLinkFor } from './sessionLinks';

export function MobileAppPlace({ session }: { session: WorldSession }) {
  const recorder = useMemo(() => recorderLinkFor(session), [session]);
  return <MobileApp api={session.outside} recorder={recorder} cameras={NO_CAMERAS} />;
}
