/**
 * Passwords and the flash: the actors that hash, verify and write (effects leave the chart only through them, and a
 * host may replace them with `recorderMachine.provide({ actors })`), salts from the seeded generator, and the
 * commit of a pending flash once it is durable.
 */
import { fromPromise } from 'xstate';
import { PASSWORD_SALT_BYTES } from '../../../catalogue/rules';
import { nextUint32 } from '../../../domain/random';
import type { Flash } from '../../../persistence/flash';
import { hashPassword, verifyPassword, type PasswordHash } from '../../../security/passwordHash';
import { guard, update } from '../../kit';

export interface HashRequest {
  readonly password: string;
  /** Hex salt. */
  readonly salt: string;
}

/** Draws `count` salts of PASSWORD_SALT_BYTES from the seeded generator (32 bits per draw). */
function drawSalts(rngState: number, count: number): { salts: string[]; rngState: number } {
  let state = rngState;
  const salts: string[] = [];
  for (let i = 0; i < count; i++) {
    let salt = '';
    for (let word = 0; word < PASSWORD_SALT_BYTES / 4; word++) {
      const [value, next] = nextUint32(state);
      state = next;
      salt += value.toString(16).padStart(8, '0');
    }
    salts.push(salt);
  }
  return { salts, rngState: state };
}

export const flashActors = {
  /** PBKDF2 hashes of new passwords, in request order. */
  hashPasswords: fromPromise<PasswordHash[], { requests: readonly HashRequest[]; iterations: number }>(
    async ({ input }) => {
      const hashes: PasswordHash[] = [];
      for (const request of input.requests) {
        hashes.push(await hashPassword(request.password, request.salt, input.iterations));
      }
      return hashes;
    },
  ),
  /** Whether a typed password matches a stored hash (false when there is no such user). */
  verifyPassword: fromPromise<boolean, { password: string; record: PasswordHash | undefined }>(async ({ input }) =>
    input.record ? verifyPassword(input.password, input.record) : false,
  ),
  /**
   * Makes `flash` durable. The host provides the real store (IndexedDB in the browser, memory in Node); this
   * default keeps the flash only in the actor, like a recorder without storage.
   */
  writeFlash: fromPromise<void, { flash: Flash }>(async () => {}),
};

export const flashGuards = {
  /** The verifying actor's answer, passed as params: `{ type: 'isPasswordCorrect', params: ({ event }) => ... }`. */
  isPasswordCorrect: guard<{ output: boolean }>((_, params) => params.output),
};

export const flashActions = {
  drawSalts: update<{ count: number }>(({ context }, params) => {
    const { salts, rngState } = drawSalts(context.rngState, params.count);
    return { pendingSalts: salts, rngState };
  }),
  /** The write completed: what was pending is now what is on flash. */
  commitFlash: update(({ context }) => ({
    flash: context.pendingFlash ?? context.flash,
    pendingFlash: null,
    pendingSalts: [],
  })),
  discardPendingFlash: update(() => ({ pendingFlash: null, pendingSalts: [] })),
};
