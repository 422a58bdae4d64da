/**
 * Which world is open. React subscribes to it (useSyncExternalStore); "New simulation" replaces the session with a
 * new world of the same model, keeping the old world stored.
 */
import type { RecorderModelId } from '../../firmware';
import type { WorldRepository } from '../storage/worldRepository';
import { newWorldRecord } from './newWorld';
import { WorldSession, type WorldSessionOptions } from './worldSession';

/** Where randomness and wall-clock time for new worlds come from (crypto and Date in the browser). */
export interface WorldSources {
  readonly newId: () => string;
  readonly newSeed: () => number;
  readonly wallClock: () => number;
}

export const browserSources: WorldSources = {
  newId: () => crypto.randomUUID(),
  newSeed: () => crypto.getRandomValues(new Uint32Array(1))[0] ?? 0,
  wallClock: () => Date.now(),
};

export class WorldHost {
  private session: WorldSession;
  private readonly listeners = new Set<() => void>();

  constructor(
    session: WorldSession,
    private readonly repository: WorldRepository,
    private readonly sources: WorldSources,
    private readonly sessionOptions: WorldSessionOptions = {},
  ) {
    this.session = session;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSession = (): WorldSession => this.session;

  /** Starts a new world (same model unless told otherwise) and switches to it. */
  async newSimulation(
    modelId: RecorderModelId = this.session.world.recorder.modelId,
    startTime?: number,
  ): Promise<void> {
    const wallClock = this.sources.wallClock();
    const world = await newWorldRecord({
      id: this.sources.newId(),
      modelId,
      seed: this.sources.newSeed(),
      startTime: startTime ?? wallClock,
      createdAt: wallClock,
    });
    await this.repository.create(world);
    this.session.dispose();
    this.session = new WorldSession(world, this.repository, this.sessionOptions);
    for (const listener of this.listeners) listener();
  }
}
