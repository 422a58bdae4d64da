/**
 * Guards and actions of users and rights, security questions (P5, P6). Registered in setup.ts.
 */
import { guard, update } from '../kit';

export const userGuards = {
  _usersPlaceholder: guard(() => false),
};

export const userActions = {
  _usersPlaceholder: update(() => ({})),
};
