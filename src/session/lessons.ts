/**
 * The lessons of stored worlds as the bench sees them (storage/lessonRecord.ts): read, saved, and heard when the
 * host opens one (a scenario link, the picker, Restart) or ends one (Free play). Not every step: the lesson's own
 * controller (src/lesson/lessonController.ts) owns those.
 */
import type { LessonRecord } from '../storage/lessonRecord';
import type { WorldRepository } from '../storage/worldRepository';

export class Lessons {
  private readonly listeners = new Set<(worldId: string) => void>();

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

  /** Tells the listeners that the world `worldId` has a new lesson, or none. */
  changed(worldId: string): void {
    for (const listener of this.listeners) listener(worldId);
  }
}
