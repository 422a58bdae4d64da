/**
 * Replays a path of the model graph on the real firmware: real PBKDF2, a real (memory) flash store, the world clock.
 * Async outcomes in the path (done/error events) are not sent: the real actors produce them. An error outcome is
 * injected into the real actor before the step that starts it. After every step the recorder must be where the
 * path says.
 */
import { createActor, fromPromise, waitFor } from 'xstate';
import {
  MemoryFlashStore,
  recorderMachine,
  SimulationClock,
  type Flash,
  type PasswordHash,
  type RecorderEvent,
} from '../../../firmware';
import type { HashRequest } from '../../../firmware/machine/setup';
import { hashPassword, verifyPassword } from '../../../firmware/security/passwordHash';
import { checkTemporaryPassword, type TemporaryPasswordRequest } from '../../../firmware/security/temporaryPassword';
import type { RecorderPath } from './graph';
import { abstractState, modelInput, type InvokeId, type ModelCase, type ModelEvent } from './recorderModel';

const isOutcome = (event: ModelEvent): boolean => event.type.startsWith('xstate.');

/**
 * Whether the path can be replayed step by step: the recorder is never left busy when a person acts (a power cut
 * in the middle of a write is covered by the graph, not replayed) and the path does not end while it works.
 */
export function isReplayable(path: RecorderPath): boolean {
  return path.steps.every((step, index) => {
    const next = path.steps[index + 1];
    return !step.state.hasTag('busy') || (next !== undefined && isOutcome(next.event));
  });
}

export async function replay(modelCase: ModelCase, path: RecorderPath): Promise<void> {
  const faults = new Set<InvokeId>();
  /** Real hashes made during the replay, to tell which fixture password a stored hash is. */
  const passwords = new Map<string, string>();
  const passwordOf = (record: PasswordHash) => passwords.get(record.hash) ?? '(unknown)';
  const failIfInjected = (actor: InvokeId) => {
    if (faults.delete(actor)) throw new Error(`injected ${actor} failure`);
  };
  const store = new MemoryFlashStore();
  const machine = recorderMachine.provide({
    actors: {
      hashPasswords: fromPromise<PasswordHash[], { requests: readonly HashRequest[]; iterations: number }>(
        async ({ input }) => {
          failIfInjected('hashPasswords');
          const hashes: PasswordHash[] = [];
          for (const request of input.requests) {
            const hash = await hashPassword(request.password, request.salt, input.iterations);
            passwords.set(hash.hash, request.password);
            hashes.push(hash);
          }
          return hashes;
        },
      ),
      verifyPassword: fromPromise<boolean, { password: string; record: PasswordHash | undefined }>(
        async ({ input }) => {
          failIfInjected('verifyPassword');
          return input.record ? verifyPassword(input.password, input.record) : false;
        },
      ),
      checkTemporaryPassword: fromPromise<boolean, TemporaryPasswordRequest & { typed: string }>(async ({ input }) => {
        failIfInjected('checkTemporaryPassword');
        return checkTemporaryPassword(input);
      }),
      writeFlash: fromPromise<void, { flash: Flash }>(async ({ input }) => {
        failIfInjected('writeFlash');
        await store.write(input.flash);
      }),
    },
  });
  const input = modelInput(modelCase);
  const clock = new SimulationClock(input.now);
  const actor = createActor(machine, { input });
  clock.subscribe((now) => actor.send({ type: 'TICK', now }));
  actor.start();
  try {
    const steps = path.steps.slice(1); // the first step is xstate.init
    for (let index = 0; index < steps.length; index++) {
      const step = steps[index];
      if (!step || isOutcome(step.event)) continue;
      let last = index;
      while (steps[last + 1] && isOutcome(steps[last + 1]!.event)) {
        last += 1;
        const outcome = steps[last]!.event;
        if (outcome.type.startsWith('xstate.error.actor.'))
          faults.add(outcome.type.slice('xstate.error.actor.'.length) as InvokeId);
      }
      const event = step.event as RecorderEvent;
      if (event.type === 'TICK') clock.advance(event.now - clock.now());
      else actor.send(event);
      const real = await waitFor(actor, (snapshot) => !snapshot.hasTag('busy'), { timeout: 10_000 });
      const expected = steps[last]!.state;
      const where = `after ${JSON.stringify(event)} (step ${index + 1} of ${steps.length})`;
      const reached = abstractState(real, modelCase.fixtures, passwordOf);
      const modelled = abstractState(expected, modelCase.fixtures);
      if (reached !== modelled) {
        throw new Error(`${where}: the firmware is at\n${reached}\nbut the model expected\n${modelled}`);
      }
    }
  } finally {
    actor.stop();
  }
}
