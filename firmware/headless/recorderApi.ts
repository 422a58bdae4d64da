/**
 * The public Node API (docs/node-api.md): create a recorder from a model, a seed, a clock, a flash store and a
 * preset; send it events and let time pass (each call resolves once its busy work is done); read its state, a
 * readable screen summary and its OSD model; export what it persists and import it into a new recorder.
 *
 * Built on createHeadlessRecorder (the actor, clock and flash store) and the fluent driver (driver()).
 *
 *   const recorder = await createRecorder({ modelId: 'LNR6108', seed: 7, preset: 'lockedOut', pbkdf2Iterations: 1000 });
 *   recorder.screen().alert;              // 'The account is locked...'
 *   const saved = recorder.exportDocument();
 *   const again = await importRecorder(JSON.stringify(saved)); // a power cut: RAM (the lock) is gone
 */
import type { StateValue } from 'xstate';
import { DEFAULT_MODEL_ID, isRecorderModelId, type RecorderModelId } from '../catalogue/models';
import type { RecorderEvent, RecorderInput } from '../machine/types';
import type { Flash } from '../persistence/flash';
import type { FlashStore } from '../persistence/flashStore';
import { SimulationClock } from '../sim/simulationClock';
import { interactiveLayers, type OsdModel } from '../view/osdModel';
import type { RecorderSnapshot } from '../view/snapshotToOsdModel';
import { createHeadlessRecorder, type HeadlessRecorder } from './headlessRecorder';
import { newRecorderInput } from './newRecorder';
import { buildPreset, type PresetCredential, type PresetId } from './presets';
import {
  parseRecorderDocument,
  recorderDocument,
  RecorderDocumentError,
  type RecorderDocument,
} from './recorderDocument';
import { alertOf, liveControls, RecorderDriver, valuesOf } from './recorderDriver';

export interface CreateRecorderOptions {
  readonly modelId?: RecorderModelId;
  /** World seed: the same seed gives the same unit, salts and (with the same events) the same snapshots. */
  readonly seed?: number;
  /** A shared world clock, or the world time (ms) to start at. Default rules.DEFAULT_WORLD_START_MS. */
  readonly clock?: SimulationClock | number;
  /** Where flash writes go (default: in memory). */
  readonly flashStore?: FlashStore;
  /** The starting point (default 'fresh'). */
  readonly preset?: PresetId;
  /** PBKDF2 work factor for every hash (preset hashes and the firmware's). Default rules.PBKDF2_ITERATIONS. */
  readonly pbkdf2Iterations?: number;
  readonly bootDurationMs?: number;
  /** Switch on and wait for the boot (and the preset's replayed steps). Default true. */
  readonly boot?: boolean;
}

/** What the screen shows, in words. */
export interface ScreenSummary {
  /** The state value as dotted paths, e.g. 'on.running.ready.login.editing'. */
  readonly state: string;
  /** Layers from bottom to top, e.g. ['liveView', 'dialog:Login']. */
  readonly layers: readonly string[];
  readonly alert: string | null;
  /** Values readable by label (System Date, Device ID...). */
  readonly values: Readonly<Record<string, string>>;
  /** Usable controls: 'button "OK"', 'textbox "Password" (disabled)'. */
  readonly controls: readonly string[];
  readonly busy: boolean;
}

export interface Recorder {
  readonly modelId: RecorderModelId;
  readonly headless: HeadlessRecorder;
  readonly clock: SimulationClock;
  /** The credentials the preset set up (empty when none are known). */
  readonly credentials: readonly PresetCredential[];
  /** Sends an event; resolves when the recorder has finished the work it started. */
  send(event: RecorderEvent): Promise<RecorderSnapshot>;
  /** Lets `ms` of world time pass. */
  advance(ms: number): Promise<RecorderSnapshot>;
  snapshot(): RecorderSnapshot;
  state(): StateValue;
  screen(): ScreenSummary;
  osd(): OsdModel;
  /** The flash as last durably written (never RAM). */
  flash(): Flash;
  /** What the recorder persists, as a versioned document (JSON.stringify it to save). */
  exportDocument(): RecorderDocument;
  /** A fluent driver over this recorder (click by label, fill, expect...). */
  driver(): RecorderDriver;
  stop(): void;
}

/** 'on.running.ready.login.editing' (parallel regions joined with ' | '). */
export function stateText(value: StateValue): string {
  if (typeof value === 'string') return value;
  return Object.entries(value)
    .map(([key, child]) => (child === undefined ? key : `${key}.${stateText(child)}`))
    .join(' | ');
}

const layerName = (layer: OsdModel['layers'][number]): string =>
  layer.kind === 'dialog'
    ? `dialog:${layer.title}`
    : layer.kind === 'menuWindow'
      ? `menu:${layer.breadcrumb.join(' > ')}`
      : layer.kind;

export function screenSummary(snapshot: RecorderSnapshot, model: OsdModel): ScreenSummary {
  return {
    state: stateText(snapshot.value),
    layers: model.layers.map(layerName),
    alert: alertOf(model) ?? pageAlert(model),
    values: Object.fromEntries(valuesOf(model).map((v) => [v.label, v.value])),
    controls: liveControls(model).map((c) => `${c.role} "${c.label}"${c.enabled ? '' : ' (disabled)'}`),
    busy: snapshot.hasTag('busy'),
  };
}

function pageAlert(model: OsdModel): string | null {
  for (const layer of interactiveLayers(model))
    if (layer.kind === 'menuWindow' && layer.page?.alert) return layer.page.alert;
  return null;
}

function wrap(
  headless: HeadlessRecorder,
  modelId: RecorderModelId,
  credentials: readonly PresetCredential[],
): Recorder {
  return {
    modelId,
    headless,
    clock: headless.clock,
    credentials,
    send: (event) => {
      headless.send(event);
      return headless.settle();
    },
    advance: (ms) => {
      headless.advance(ms);
      return headless.settle();
    },
    snapshot: () => headless.snapshot(),
    state: () => headless.snapshot().value,
    screen: () => screenSummary(headless.snapshot(), headless.osdModel()),
    osd: () => headless.osdModel(),
    flash: () => headless.snapshot().context.flash,
    exportDocument: () => {
      const { context } = headless.snapshot();
      return recorderDocument(modelId, context.unit, context.flash, headless.clock.now());
    },
    driver: () => new RecorderDriver(headless),
    stop: () => headless.stop(),
  };
}

const clockOf = (clock: SimulationClock | number | undefined, fallback: number): SimulationClock =>
  clock instanceof SimulationClock ? clock : new SimulationClock(clock ?? fallback);

async function start(
  input: RecorderInput,
  options: CreateRecorderOptions,
  afterBoot: readonly RecorderEvent[],
  credentials: readonly PresetCredential[],
): Promise<Recorder> {
  const boot = options.boot ?? true;
  if (!boot && afterBoot.length > 0) throw new Error('This preset replays steps after booting: it needs boot: true.');
  const clock = clockOf(options.clock, input.now);
  const headless = createHeadlessRecorder({
    input: { ...input, powerSwitchOn: boot },
    clock,
    ...(options.flashStore ? { flashStore: options.flashStore } : {}),
  });
  const recorder = wrap(headless, input.modelId, credentials);
  if (boot) {
    await recorder.advance(headless.snapshot().context.bootDurationMs);
    for (const event of afterBoot) await recorder.send(event);
  }
  return recorder;
}

/** A recorder at a preset's starting point (switched on and booted unless boot: false). */
export async function createRecorder(options: CreateRecorderOptions = {}): Promise<Recorder> {
  const modelId = options.modelId ?? DEFAULT_MODEL_ID;
  if (!isRecorderModelId(modelId)) throw new Error(`Unknown recorder model "${String(modelId)}".`);
  const seed = options.seed ?? 1;
  const now = typeof options.clock === 'number' ? options.clock : options.clock?.now();
  const base = newRecorderInput({
    modelId,
    seed,
    ...(now !== undefined ? { now } : {}),
    ...(options.pbkdf2Iterations !== undefined ? { pbkdf2Iterations: options.pbkdf2Iterations } : {}),
    ...(options.bootDurationMs !== undefined ? { bootDurationMs: options.bootDurationMs } : {}),
  });
  const preset = await buildPreset(options.preset ?? 'fresh', {
    modelId,
    seed,
    now: base.now,
    ...(options.pbkdf2Iterations !== undefined ? { pbkdf2Iterations: options.pbkdf2Iterations } : {}),
  });
  return start({ ...base, flash: preset.flash }, options, preset.afterBoot, preset.credentials);
}

/**
 * A new recorder from an exported document (an object or its JSON text): the same unit plugged in again. Throws
 * RecorderDocumentError naming the problem when the document is refused. `preset` is ignored.
 */
export async function importRecorder(
  document: unknown,
  options: Omit<CreateRecorderOptions, 'modelId' | 'preset'> = {},
): Promise<Recorder> {
  const parsed = parseRecorderDocument(document);
  if (!parsed.ok) throw new RecorderDocumentError(`The recorder file was refused: ${parsed.problem}.`);
  const { modelId, unit, flash, exportedAt } = parsed.document;
  const base = newRecorderInput({
    modelId,
    seed: options.seed ?? 1,
    now: exportedAt,
    ...(options.pbkdf2Iterations !== undefined ? { pbkdf2Iterations: options.pbkdf2Iterations } : {}),
    ...(options.bootDurationMs !== undefined ? { bootDurationMs: options.bootDurationMs } : {}),
  });
  return start({ ...base, unit, flash }, options, [], []);
}
