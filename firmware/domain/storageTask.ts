/**
 * The long-running work of the storage feature (format, backup, upgrade, recovery) as RAM data: when it started
 * (world time, from TICKs) and how long it takes. Progress is derived, never counted, so a TICK of any size works.
 */
import type { UsbFile } from './usbStick';

export type StorageTaskKind = 'format' | 'backup' | 'upgrade' | 'recovery';

export interface StorageTask {
  readonly kind: StorageTaskKind;
  /** World time the task started. */
  readonly startedAt: number;
  readonly durationMs: number;
  /** The firmware image being installed, or the backup file being written. */
  readonly file: UsbFile | null;
}

/** 0..100, rounded down; 100 only once the task's time is over. */
export function taskPercent(task: StorageTask, now: number): number {
  if (task.durationMs <= 0) return 100;
  return Math.max(0, Math.min(100, Math.floor(((now - task.startedAt) / task.durationMs) * 100)));
}

export const isTaskDone = (task: StorageTask | null, now: number): boolean =>
  task !== null && now >= task.startedAt + task.durationMs;
