/**
 * Which world is open. React subscribes to it (useSyncExternalStore); "New simulation" replaces the session with a
 * new world of the same model, keeping the old world stored; "Open simulation" switches to a stored world; "Export
 * simulation" / "Import simulation" write and read world files (worldFile.ts). Switching disposes the old session
 * (a power cut for its recorder) and starts one on the stored record.
 *
 * One tab drives a world at a time (worldLocks.ts), so that neither writes its stale state over the other's saves:
 * a world whose lock another tab holds is not started; the view says so (`elsewhere`) and `takeOver` steals the lock, claims the world for this tab's writes and reloads it
 * from storage, so nothing the other tab saved is lost. The tab it was taken from stops its session (`takenOver`).
 */
import type { RecorderModelId } from '../../firmware';
import { checkWorldName, defaultWorldName, uniqueWorldName } from '../storage/worldName';
import type { WorldRecord } from '../storage/worldRecord';
import type { WorldRepository } from '../storage/worldRepository';
import { newWorldRecord } from './newWorld';
import { readWorldFile, worldFileName, worldFileText } from './worldFile';
import { unlockedWorlds, type WorldLock, type WorldLocks } from './worldLocks';
import { WorldSession, type WorldSessionOptions } from './worldSession';
import type { ScenarioStartWorld } from '../../scenarios';
import { Lessons } from './lessons';
import { prepareLesson, type ScenarioOpening } from './openScenarioWorld';
import { createScenarioWorld } from './scenarioWorlds';

/** What the tab shows: the running world, or a world another tab drives (`takenOver`: it took it from this tab). */
export type HostView =
  | { readonly kind: 'running'; readonly session: WorldSession }
  | { readonly kind: 'elsewhere'; readonly worldId: string; readonly takenOver: boolean };

/** Where randomness and wall-clock time for new worlds come from (crypto and Date in the browser). */
export interface WorldSources {
  readonly newId: () => string;
  readonly newSeed: () => number;
  readonly wallClock: () => number;
}

/**
 * What the page's link (?model=, ?start=) asked for: New simulation starts its fresh world with them, since the
 * address no longer carries `start` after the first open (main.tsx). Null: the open world's model, and now.
 */
export interface NewWorldLink {
  readonly modelId: RecorderModelId | null;
  readonly startTime: number | null;
}

const NO_LINK: NewWorldLink = { modelId: null, startTime: null };

export const browserSources: WorldSources = {
  newId: () => crypto.randomUUID(),
  newSeed: () => crypto.getRandomValues(new Uint32Array(1))[0] ?? 0,
  wallClock: () => Date.now(),
};

export class WorldHost {
  private session: WorldSession | null;
  private view: HostView;
  private lock: WorldLock | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly sessionOptions: WorldSessionOptions;
  /** The stored worlds' lessons (src/lesson reads and saves them here). */
  readonly lessons: Lessons;

  /** A host of a running `session`, or of a world another tab drives (`{ elsewhere: id }`). */
  constructor(
    initial: WorldSession | { readonly elsewhere: string },
    private readonly repository: WorldRepository,
    private readonly sources: WorldSources,
    sessionOptions: WorldSessionOptions = {},
    private readonly locks: WorldLocks = unlockedWorlds,
    private readonly link: NewWorldLink = NO_LINK,
  ) {
    this.sessionOptions = { ...sessionOptions, onTakenOver: () => this.takenOver() };
    this.lessons = new Lessons(repository);
    if (initial instanceof WorldSession) {
      this.session = initial;
      this.view = { kind: 'running', session: initial };
    } else {
      this.session = null;
      this.view = { kind: 'elsewhere', worldId: initial.elsewhere, takenOver: false };
    }
  }

  /** Starts `world` in this tab if no other tab drives it; otherwise the view says it is open elsewhere. */
  static async start(
    world: WorldRecord,
    repository: WorldRepository,
    sources: WorldSources,
    sessionOptions: WorldSessionOptions,
    locks: WorldLocks,
    link: NewWorldLink = NO_LINK,
    paused = false,
  ): Promise<WorldHost> {
    const host = new WorldHost({ elsewhere: world.id }, repository, sources, sessionOptions, locks, link);
    const lock = await locks.acquire(world.id, false);
    if (lock) await host.claimAndStart(world.id, lock, world, paused);
    return host;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The running session; throws while the world is driven by another tab. */
  readonly getSession = (): WorldSession => {
    if (this.view.kind !== 'running') throw new Error('The simulation is open in another tab.');
    return this.view.session;
  };

  readonly getView = (): HostView => this.view;

  private setView(view: HostView): void {
    this.view = view;
    for (const listener of this.listeners) listener();
  }

  private hold(lock: WorldLock): void {
    this.lock = lock;
    void lock.lost.then(() => {
      if (this.lock === lock) this.takenOver();
    });
  }

  /** Another tab took the open world: stop it here (it saves nothing more) and say so. */
  private takenOver(): void {
    if (this.view.kind !== 'running') return;
    const session = this.view.session;
    this.stop();
    this.setView({ kind: 'elsewhere', worldId: session.world.id, takenOver: true });
  }

  /** Stops the running session (a power cut) and gives its lock up. */
  private stop(): void {
    this.session?.dispose();
    this.session = null;
    this.lock?.release();
    this.lock = null;
  }

  /** Takes the world shown as open elsewhere into this tab: reloaded from storage, as the other tab saved it. */
  async takeOver(): Promise<void> {
    if (this.view.kind !== 'elsewhere') return;
    const id = this.view.worldId;
    const lock = await this.locks.acquire(id, true);
    if (!lock) throw new Error('The other tab did not give the simulation up; reload this tab and try again.');
    await this.claimAndStart(id, lock);
  }

  /**
   * With the world's lock: claims it for this tab's writes, then starts it from `world` or, when not given, from
   * what is stored now (read after the claim, so it holds every write of the tab it was taken from).
   */
  private async claimAndStart(id: string, lock: WorldLock, world?: WorldRecord, paused = false): Promise<void> {
    let session: WorldSession;
    // `paused`: this session only (a scenario's world waits at speed 0 until it is at its step); later ones run at the
    // link's speed.
    const options = paused ? { ...this.sessionOptions, speed: 0 } : this.sessionOptions;
    try {
      await this.repository.claim(id);
      session = new WorldSession(world ?? (await this.repository.read(id)), this.repository, options);
    } catch (error) {
      lock.release();
      throw error;
    }
    this.session = session;
    this.hold(lock);
    this.setView({ kind: 'running', session });
  }

  /**
   * Starts a new world and switches to it: unless told otherwise, of the link's model (else the open world's), at
   * the link's start time (else now).
   */
  async newSimulation(
    modelId: RecorderModelId = this.link.modelId ?? this.getSession().world.recorder.modelId,
    startTime: number | undefined = this.link.startTime ?? undefined,
  ): Promise<void> {
    const wallClock = this.sources.wallClock();
    const world = await newWorldRecord({
      id: this.sources.newId(),
      modelId,
      name: defaultWorldName(modelId, await this.storedNames()),
      seed: this.sources.newSeed(),
      startTime: startTime ?? wallClock,
      createdAt: wallClock,
      ...(this.sessionOptions.pbkdf2Iterations ? { pbkdf2Iterations: this.sessionOptions.pbkdf2Iterations } : {}),
    });
    await this.repository.create(world);
    await this.switchTo(world);
  }

  /**
   * Stops the open world here and starts `world`, unless another tab drives it (the view then says so);
   * `afterStop` runs between the two.
   */
  private async switchTo(world: WorldRecord, afterStop?: () => Promise<void>, paused = false): Promise<void> {
    const lock = await this.locks.acquire(world.id, false);
    this.stop();
    // A failing afterStop still lets `world` start (the old one is stopped either way), then reports.
    const failed = await (afterStop
      ? afterStop().then(
          () => null,
          (error: unknown) => ({ error }),
        )
      : null);
    if (!lock) this.setView({ kind: 'elsewhere', worldId: world.id, takenOver: false });
    else await this.claimAndStart(world.id, lock, world, paused);
    if (failed) throw failed.error;
  }

  private async storedNames(): Promise<string[]> {
    return (await this.repository.list()).worlds.map((world) => world.name);
  }

  /** Renames the open world; throws (nothing changes) if the name is refused (worldName.ts). */
  async renameWorld(typed: string): Promise<void> {
    const id = this.getSession().world.id;
    const checked = checkWorldName(typed);
    if (!checked.ok) throw new Error(checked.problem);
    await this.repository.rename(id, checked.name);
  }

  /**
   * Deletes the open world for good and opens the most recently created other stored world; refused (nothing
   * changes) when it is the only one, so there is always a world to show.
   */
  async deleteWorld(): Promise<void> {
    const id = this.getSession().world.id;
    const other = (await this.repository.list()).worlds.find((world) => world.id !== id);
    if (!other) throw new Error('This is the only saved simulation: start a New simulation before deleting it.');
    const world = await this.repository.read(other.id);
    await this.repository.setCurrentWorld(other.id);
    // Deleted once its session has stopped (nothing writes it any more) and before the other world is shown.
    await this.switchTo(world, () => this.repository.delete(id));
  }

  /**
   * Opens a scenario in a new stored world (named by its title) at the opening's step, and switches to it;
   * `replacing`: the id of a lesson world to delete once the new one runs (Restart step, Restart scenario).
   */
  async openScenario(opening: ScenarioOpening, replacing?: string): Promise<void> {
    const { pbkdf2Iterations } = this.sessionOptions;
    const { world, start } = await createScenarioWorld(this.repository, this.sources, opening, {
      ...(replacing ? { replacing } : {}),
      ...(pbkdf2Iterations ? { pbkdf2Iterations } : {}),
    });
    this.lessons.preparing(world.id, opening.step);
    await this.switchTo(world, replacing ? () => this.repository.delete(replacing) : undefined, true);
    await this.prepareOpened(start, opening);
  }

  /** Brings the running world, just made from `start`, to the opening's step; its lesson replaces the opening. */
  async prepareOpened(start: ScenarioStartWorld, opening: ScenarioOpening): Promise<void> {
    if (this.view.kind !== 'running') return;
    const session = this.view.session;
    this.lessons.preparing(session.world.id, opening.step);
    const lesson = await prepareLesson(session, start, opening);
    // Another world opened meanwhile (New simulation, Open simulation): this one stays as its opening left it, and
    // the next start opens the scenario again (openingRecord.ts).
    if (this.session !== session) return;
    await this.repository.finishOpening(session.world.id, lesson);
    this.lessons.changed(session.world.id);
  }

  /** The stored worlds (newest first) for "Open simulation". */
  async storedWorlds(): Promise<WorldRecord[]> {
    return (await this.repository.list()).worlds;
  }

  /** Switches to a stored world (its recorder boots from what it stored). */
  async openWorld(id: string): Promise<void> {
    if (this.view.kind === 'running' && id === this.view.session.world.id) return;
    const world = await this.repository.read(id);
    await this.repository.setCurrentWorld(id);
    await this.switchTo(world);
  }

  /** The open world as a file: what is stored, at the clock's current time. */
  async exportWorld(): Promise<{ name: string; text: string }> {
    const session = this.getSession();
    const stored = await this.repository.read(session.world.id);
    const world = { ...stored, worldTime: Math.max(stored.worldTime, Math.floor(session.clock.now())) };
    return { name: worldFileName(world), text: worldFileText(world) };
  }

  /** Reads a world file, stores it as a new world and opens it; throws WorldFileError (nothing stored) if bad. */
  async importWorld(text: string, sizeBytes: number): Promise<void> {
    const file = readWorldFile(text, sizeBytes, { id: this.sources.newId(), createdAt: this.sources.wallClock() });
    const world = { ...file, name: uniqueWorldName(file.name, await this.storedNames()) };
    await this.repository.create(world);
    await this.switchTo(world);
  }
}
