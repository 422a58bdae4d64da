/**
 * What the model case of a family with login recovery (connect) explores (recorderModel.ts eventsFor).
 */
import type { RecorderSnapshot } from '../../../firmware';
import { IN_MENU } from './cameraModel';
import type { Fixtures, ModelEvent } from './recorderModel';

const IN_LOGIN = { on: { running: { ready: 'login' } } } as const;

/**
 * The case of a family with login recovery (connect) explores what only it has: the security questions at Device
 * Initialization, Forgot Password and Password Recovery. Its menus and hardware are the same state nodes the other
 * cases walk (a menu tree is data), so there it only leaves the menu: this keeps the graphs within their budget.
 */
const exploresOnlyLoginRecovery = (snapshot: RecorderSnapshot): boolean =>
  snapshot.context.profile.loginRecovery !== null && snapshot.matches(IN_MENU as never);
const OUTSIDE_MENU_EVENTS: ReadonlySet<string> = new Set(['POWER_ON', 'POWER_OFF', 'TICK', 'CONTEXT_MENU', 'BACK']);
const isOutsideMenuEvent = (event: ModelEvent): boolean => OUTSIDE_MENU_EVENTS.has(event.type);
/**
 * In that case's login dialog, only admin (prefilled) with its right or a wrong password: enough to log in, to lock
 * admin (Forgot Password is refused then) and to reach recovery; other names and the temporary code are walked by
 * the other cases through the same transitions.
 */
function isLoginRecoveryCaseLoginEvent(event: ModelEvent, fixtures: Fixtures): boolean {
  if (event.type !== 'SET_FIELD') return true;
  if (event.control === 'login.userName') return false;
  return event.control !== 'login.password' || event.value === fixtures.good || event.value === fixtures.wrong;
}

/** The events offered from `snapshot`, narrowed for the login-recovery case (unchanged for the other cases). */
export function scopedToLoginRecovery(
  snapshot: RecorderSnapshot,
  events: ModelEvent[],
  fixtures: Fixtures,
): ModelEvent[] {
  if (exploresOnlyLoginRecovery(snapshot)) return events.filter(isOutsideMenuEvent);
  if (snapshot.context.profile.loginRecovery !== null && snapshot.matches(IN_LOGIN as never)) {
    return events.filter((event) => isLoginRecoveryCaseLoginEvent(event, fixtures));
  }
  return events;
}
