/**
 * The places of the world (docs/accessible-names.md), in the order of the navigation landmark's links: the URL hash, the link's label
 * and the component of each. The current place is read from the hash so a link or a reload opens the same place.
 *
 * A place's component gets the session and `active` (whether it is shown): places whose controls' labels repeat
 * another place's render those controls only while active. The places other than the Recorder load after the OSD's
 * first frame (lazyPlaces.tsx).
 */
import type { FunctionComponent } from 'react';
import type { WorldSession } from '../session/worldSession';
import { CamerasPlace, EmailPlace, MobileAppPlace, SupportDeskPlace, WebsitePlace } from './lazyPlaces';
import { RecorderPlace } from './RecorderPlace';

export interface PlaceProps {
  readonly session: WorldSession;
  readonly active: boolean;
}

export interface Place {
  readonly id: string;
  readonly label: string;
  readonly View: FunctionComponent<PlaceProps>;
  /** The class of the place's section (every section is a `place`). */
  readonly className?: string;
}

export const PLACES = [
  { id: 'recorder', label: 'Recorder', View: RecorderPlace, className: 'place place-recorder' },
  { id: 'cameras', label: 'Cameras', View: CamerasPlace },
  { id: 'website', label: 'Support Website', View: WebsitePlace },
  { id: 'email', label: 'Email', View: EmailPlace },
  { id: 'app', label: 'Mobile App', View: MobileAppPlace },
  { id: 'desk', label: 'Support Desk', View: SupportDeskPlace },
] as const satisfies readonly Place[];

export type PlaceId = (typeof PLACES)[number]['id'];

export function placeFromHash(hash: string): PlaceId {
  const id = hash.replace(/^#/, '');
  return PLACES.find((place) => place.id === id)?.id ?? 'recorder';
}
