/**
 * The Support Website place (docs/accessible-names.md, seed 000): the simulated vendor's support site, signed in with the
 * customer's account. Pages: Home, My Account (Sign In when signed out), Warranty > Activate Warranty, Reset Device
 * Password, Recover Password. The logic is the world's (OutsideWorldApi); this only renders `state` and calls its
 * methods.
 *
 * The site renders its controls only while it is the current place (`active`); the page and every draft live in
 * the place's DraftProvider, which stays mounted (see ../shared/drafts.tsx for why).
 */
import '../shared/places.css';
import type { OutsideWorldApi } from '../../../outside';
import type { WorldSession } from '../../session/worldSession';
import { DraftProvider } from '../shared/drafts';
import { Website } from './Website';

export function WebsitePlace({ session, active = true }: { session: WorldSession; active?: boolean }) {
  return <WebsiteRoot api={session.outside} active={active} />;
}

export function WebsiteRoot({ api, active = true }: { api: OutsideWorldApi; active?: boolean }) {
  return <DraftProvider>{active && <Website api={api} />}</DraftProvider>;
}
