/**
 * TEMPORARY bridge until WorldSession has `outside` (the world engineer's "World in the shell" commit): the
 * session's outside world, or null while the shell does not have one yet. Remove once it is on main.
 */
import type { OutsideWorldApi } from '../../../firmware';
import type { WorldSession } from '../../world/worldSession';

export function outsideOf(session: WorldSession): OutsideWorldApi | null {
  return (session as WorldSession & { outside?: OutsideWorldApi }).outside ?? null;
}
