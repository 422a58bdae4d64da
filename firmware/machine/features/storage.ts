/**
 * Guards and actions of recordings, backup, format, upgrade, recovery, defaults (P7, P12, P13). Registered in setup.ts.
 */
import { guard, update } from '../kit';

export const storageGuards = {
  _storagePlaceholder: guard(() => false),
};

export const storageActions = {
  _storagePlaceholder: update(() => ({})),
};
