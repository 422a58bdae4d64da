/**
 * Guards and actions of temporary password, clock and System Log (P2-P4). Registered in setup.ts.
 */
import { guard, update } from '../kit';

export const accessGuards = {
  _accessPlaceholder: guard(() => false),
};

export const accessActions = {
  _accessPlaceholder: update(() => ({})),
};
