/**
 * The Mobile App place (docs/accessible-names.md): the phone app wired to the open world. The outside world's API is the session's
 * `outside`; the recorder and the Wi-Fi cameras are reached through the links of appLinks.ts (sessionLinks.ts).
 *
 * The app renders its controls only while it is the current place (`active`): its labels (Email, Password,
 * Verification Code, OK) are also the website's and the recorder's, and getByLabel finds hidden elements too. What
 * was typed and which screen is open live in the place's DraftProvider, which stays mounted (../shared/drafts.tsx).
 */
import { useMemo } from 'react';
import type { WorldSession } from '../../session/worldSession';
import { DraftProvider } from '../shared/drafts';
import { MobileApp } from './MobileApp';
import { cameraLinkFor, recorderLinkFor } from './sessionLinks';

export function MobileAppPlace({ session, active = true }: { session: WorldSession; active?: boolean }) {
  const recorder = useMemo(() => recorderLinkFor(session), [session]);
  const cameras = useMemo(() => cameraLinkFor(session), [session]);
  return (
    <DraftProvider>{active && <MobileApp api={session.outside} recorder={recorder} cameras={cameras} />}</DraftProvider>
  );
}
