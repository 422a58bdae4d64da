/**
 * The world's cameras in an open session: attachCameras (the same wiring as Node's createHeadlessSite) on the
 * session's recorder actor and clock, their view for React and the mobile app, and their saving.
 *
 * - `list` is a stable array of CameraView: a new array only when something a person could see changed (React reads
 *   it with useSyncExternalStore through `subscribe`).
 * - Saving (docs/architecture.md#persistence): whenever a camera's record (what it keeps across power loss) changes it is saved; a changed
 *   credential or binding (the NVR added it, a reset to defaults, Add New Device) with strict durability, a cable
 *   plugged in or out relaxed. Saves are chained so they reach storage in order.
 * - addToAccount(index) is the mobile app's Add New Device (P9): refused, with the reason, unless the camera is a
 *   Wi-Fi camera in pairing mode (reset, unbound).
 */
import {
  attachCameras,
  describeCameras,
  type AttachedCameras,
  type CameraView,
  type Chime,
  type RecorderMachine,
  type SimulationClock,
  type SiteCameraRecord,
} from '../../firmware';
import type { Actor } from 'xstate';
import type { WorldRepository } from '../storage/worldRepository';

export type CameraAddResult = { readonly ok: true } | { readonly ok: false; readonly reason: string };

const recordsOf = (cameras: AttachedCameras): SiteCameraRecord[] =>
  Array.from({ length: cameras.count }, (_, index) => cameras.record(index));

/** Whether two saved states differ in more than plug state (what the user would call a saved change). */
function credentialsDiffer(a: readonly SiteCameraRecord[], b: readonly SiteCameraRecord[]): boolean {
  const strip = (records: readonly SiteCameraRecord[]) =>
    JSON.stringify(records.map((record) => ('persisted' in record ? record.persisted : record)));
  return strip(a) !== strip(b);
}

export class SessionCameras {
  private readonly attached: AttachedCameras;
  private readonly listeners = new Set<() => void>();
  private view: readonly CameraView[];
  private viewJson: string;
  private saved: readonly SiteCameraRecord[];
  private saving: Promise<void> = Promise.resolve();
  private readonly unsubscribe: () => void;

  constructor(options: {
    readonly worldId: string;
    readonly recorder: Actor<RecorderMachine>;
    readonly clock: SimulationClock;
    readonly cameras: readonly SiteCameraRecord[];
    readonly repository: WorldRepository;
    readonly onSaveError: (error: unknown) => void;
  }) {
    this.attached = attachCameras({ recorder: options.recorder, clock: options.clock, cameras: options.cameras });
    this.saved = options.cameras;
    this.view = describeCameras(this.attached);
    this.viewJson = JSON.stringify(this.view);
    this.unsubscribe = this.attached.subscribe(() => {
      this.save(options);
      this.refreshView();
    });
    // The cameras may have changed while attaching (e.g. a reset held when power came): save what they are now.
    this.save(options);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The cameras as they are now (stable between changes). */
  readonly getList = (): readonly CameraView[] => this.view;

  get list(): readonly CameraView[] {
    return this.view;
  }

  /** What camera `index` keeps across power loss now (as saved). */
  record(index: number): SiteCameraRecord {
    return this.attached.record(index);
  }

  onChime(listener: (chime: Chime) => void): () => void {
    return this.attached.onChime(listener);
  }

  pressReset(index: number): void {
    this.attached.pressReset(index);
  }

  releaseReset(index: number): void {
    this.attached.releaseReset(index);
  }

  setEthernetPlugged(index: number, plugged: boolean): void {
    if (plugged) this.attached.plugEthernet(index);
    else this.attached.unplugEthernet(index);
  }

  addToAccount(index: number): CameraAddResult {
    const camera = this.view[index];
    if (!camera) return { ok: false, reason: `There is no camera ${index + 1}.` };
    if (camera.kind !== 'wifi') return { ok: false, reason: `${camera.title} is not a Wi-Fi camera.` };
    if (!camera.pairing) {
      return { ok: false, reason: 'The camera is not in pairing mode: hold its reset button 10 s first.' };
    }
    this.attached.addToAccount(index);
    return { ok: true };
  }

  detach(): void {
    this.unsubscribe();
    this.attached.detach();
  }

  private refreshView(): void {
    const next = describeCameras(this.attached);
    const json = JSON.stringify(next);
    if (json === this.viewJson) return;
    this.view = next;
    this.viewJson = json;
    for (const listener of this.listeners) listener();
  }

  private save(options: {
    readonly worldId: string;
    readonly repository: WorldRepository;
    readonly onSaveError: (error: unknown) => void;
  }): void {
    const records = recordsOf(this.attached);
    if (JSON.stringify(records) === JSON.stringify(this.saved)) return;
    const durable = credentialsDiffer(records, this.saved);
    this.saved = records;
    this.saving = this.saving
      .then(() => options.repository.saveCameras(options.worldId, records, durable))
      .catch(options.onSaveError);
  }
}
