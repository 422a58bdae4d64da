/**
 * The lessons of stored worlds as the bench sees them (storage/lessonRecord.ts): read, saved, and heard when the
 * host opens one (a scenario link, the picker, Restart) or ends one (Free play). Not every step: the lesson's own
 * controller (src/lesson/lessonController.ts) owns those.
 */
import type { LessonRecord } from '../storage/lessonRecord';
import type { WorldRepository } from '../storage/worldRepository';

export class Lessons {
  private readonly listeners = new Set<(worldId: string) => void>();
  /** Worlds being brought to a step (0-based) before their lesson is saved. */
  private readonly beingPrepared = new Map<string, number>();

  constructor(private readonly repository: WorldRepository) {}

  /** The lesson of the world `id` (null: free play). */
  read(id: string): Promise<LessonRecord | null> {
    return this.repository.readLesson(id);
  }

  /** Saves (or, with null, ends: Free play) the lesson of the world `id`. */
  async save(id: string, lesson: LessonRecord | null): Promise<void> {
    await this.repository.saveLesson(id, lesson);
    if (lesson === null) this.changed(id);
  }

  readonly subscribe = (listener: (worldId: string) => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The step (0-based) the world `id` is being brought to, while the steps before it are replayed; else null. */
  preparingStep(id: string): number | null {
    return this.beingPrepared.get(id) ?? null;
  }

  /** The world `worldId` is being brought to `step`: the bench says so instead of offering the picker. */
  preparing(worldId: string, step: number): void {
    this.beingPrepared.set(worldId, step);
    for (const listener of this.listeners) listener(worldId);
  }

  /** Tells the listeners that the world `worldId` has a new lesson, or none (and is no longer being prepared). */
  changed(worldId: string): void {
    this.beingPrepared.delete(worldId);
    for (const listener of this.listeners) listener(worldId);
  }
}
