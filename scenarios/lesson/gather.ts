/**
 * What to gather (P2, P3; SPEC §2): what support will ask for, ticked when the person has actually seen it on the
 * recorder or taken the photo in the simulator (never when a control was merely clicked).
 */
import { valuesOf } from '../../firmware';
import type { WorldView } from '../scenarioWorld';

export type GatherItem = 'deviceId' | 'serialNumber' | 'model' | 'displayedDate' | 'infoPhoto' | 'stickerPhoto';

export const GATHER_ITEMS: readonly { readonly item: GatherItem; readonly label: string }[] = [
  { item: 'deviceId', label: 'Device ID' },
  { item: 'serialNumber', label: 'Serial number' },
  { item: 'model', label: 'Model' },
  { item: 'displayedDate', label: 'Date displayed on the recorder' },
  { item: 'infoPhoto', label: 'Photo of the Info screen' },
  { item: 'stickerPhoto', label: 'Photo of the sticker' },
];

/** The OSD value label that shows each item, when it is a value on the recorder's screen. */
const SHOWN_AS: Partial<Record<GatherItem, string>> = {
  deviceId: 'Device ID',
  serialNumber: 'Serial No.',
  model: 'Model',
  displayedDate: 'System Date',
};

/** The items the world shows or holds now. */
export function gatheredNow(view: WorldView): GatherItem[] {
  const shown = new Set(valuesOf(view.osd).map((value) => value.label));
  const items = GATHER_ITEMS.map(({ item }) => item).filter((item) => {
    const label = SHOWN_AS[item];
    return label !== undefined && shown.has(label);
  });
  if (view.outside.photos.some((photo) => photo.subject === 'info-screen')) items.push('infoPhoto');
  if (view.outside.photos.some((photo) => photo.subject === 'sticker')) items.push('stickerPhoto');
  return items;
}
