/**
 * The outside world of a stored world: a new world's is built in outside/newWorldOutside.ts (re-exported here for the
 * shell); a world stored before the outside world existed gets one when it is migrated.
 *
 * The account password hash is either computed (new worlds, async) or the precomputed MIGRATION_PASSWORD_HASH
 * (migrating a stored world must be synchronous: it runs inside IndexedDB transactions).
 */
import type { PasswordHash } from '../../firmware';
import {
  buildOutsideWorldState,
  newWorldOutsideOptions,
  outsideRandomState,
  type NewWorldBasics,
  type OutsideWorldState,
} from '../../outside';

export { newWorldOutside, registeredCameras } from '../../outside';

/**
 * PBKDF2-SHA-256 of the customer's password Welcome#2026 (docs/accessible-names.md), 600,000 iterations, salt "migration v2->v3":
 * computed once with Node (crypto.pbkdf2) so the 2 → 3 migration needs no async work. Only worlds made before the
 * outside world existed get it; new worlds get a salt from their own seed.
 */
export const MIGRATION_PASSWORD_HASH: PasswordHash = {
  algorithm: 'PBKDF2-SHA-256',
  iterations: 600_000,
  salt: '6d6967726174696f6e2076322d3e7633',
  hash: 'bebe1073e0af2c2b70148f0173f230ef82a8dc5d88f2c3675a0d7c71a59703db',
};

export function migratedWorldOutside(world: NewWorldBasics): OutsideWorldState {
  return buildOutsideWorldState({
    ...newWorldOutsideOptions(world),
    password: MIGRATION_PASSWORD_HASH,
    randomState: outsideRandomState(world.seed),
  });
}
