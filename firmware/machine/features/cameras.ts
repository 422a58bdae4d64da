/**
 * Guards and actions of cameras on the ports (P7, P8). Registered in setup.ts.
 */
import { guard, update } from '../kit';

export const cameraGuards = {
  _camerasPlaceholder: guard(() => false),
};

export const cameraActions = {
  _camerasPlaceholder: update(() => ({})),
};
