/**
 * The places of the world (SPEC §6): the navigation landmark's links, in order, with the URL hash of each. The
 * current place is read from the hash so a link or a reload opens the same place.
 */
export const PLACES = [
  { id: 'recorder', label: 'Recorder' },
  { id: 'cameras', label: 'Cameras' },
  { id: 'website', label: 'Support Website' },
  { id: 'email', label: 'Email' },
  { id: 'app', label: 'Mobile App' },
  { id: 'desk', label: 'Support Desk' },
] as const;

export type PlaceId = (typeof PLACES)[number]['id'];

export function placeFromHash(hash: string): PlaceId {
  const id = hash.replace(/^#/, '');
  return PLACES.find((place) => place.id === id)?.id ?? 'recorder';
}
