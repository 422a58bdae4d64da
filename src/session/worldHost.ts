/**
 * Which world is open. React subscribes to it (useSyncExternalStore); "New simulation" replaces the session with a
 * new world of the same model, keeping the old world stored; "Open simulation" switches to a stored world; "Export
 * simulation" / "Import simulation" write and read world files (worldFile.ts). Switching disposes the old session
 * (a power cut for its recorder) and starts one on the stored record.
 */
import type { RecorderModelId } from '../../firmware';
import type { WorldRecord } from '../storage/worldRecord';
import type { WorldRepository } from '../storage/worldRepository';
import { newWorldRecord } from './newWorld';
import { readWorldFile, worldFileName, worldFileText } from './worldFile';
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
      ...(this.sessionOptions.pbkdf2Iterations ? { pbkdf2Iterations: this.sessionOptions.pbkdf2Iterations } : {}),
    });
    await this.repository.create(world);
    this.switchTo(world);
  }

  private switchTo(world: WorldRecord): void {
    this.session.dispose();
    this.session = new WorldSession(world, this.repository, this.sessionOptions);
    for (const listener of this.listeners) listener();
  }

  /** The stored worlds (newest first) for "Open simulation". */
  async storedWorlds(): Promise<WorldRecord[]> {
    return (await this.repository.list()).worlds;
  }

  /** Switches to a stored world (its recorder boots from what it stored). */
  async openWorld(id: string): Promise<void> {
    if (id === this.session.world.id) return;
    const world = await this.repository.read(id);
    await this.repository.setCurrentWorld(id);
    this.switchTo(world);
  }

  /** The open world as a file: what is stored, at the clock's current time. */
  async exportWorld(): Promise<{ name: string; text: string }> {
    const stored = await this.repository.read(this.session.world.id);
    const world = { ...stored, worldTime: Math.max(stored.worldTime, Math.floor(this.session.clock.now())) };
    return { name: worldFileName(world), text: worldFileText(world) };
  }

  /** Reads a world file, stores it as a new world and opens it; throws WorldFileError (nothing stored) if bad. */
  async importWorld(text: string, sizeBytes: number): Promise<void> {
    const world = readWorldFile(text, sizeBytes, { id: this.sources.newId(), createdAt: this.sources.wallClock() });
    await this.repository.create(world);
    this.switchTo(world);
  }
}
