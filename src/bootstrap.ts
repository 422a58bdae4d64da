/**
 * Start-up: reads the query parameters, opens storage and picks the world to show.
 *
 *   ?model=<model>   the recorder of a new world (docs/accessible-names.md); if a stored world has that model, the latest one opens
 *   ?start=<ISO>     simulated start time of a new world (default: now)
 *   ?speed=<n>       simulation speed at start: 1 real time (default), 0 paused, up to MAX_SPEED
 *   ?scenario=<id>   opens a scenario (docs/scenarios.md) in a new world; &step=<n> at step n (1-based),
 *                    &mode=assess without hints, &embed without the bench's chrome (for an iframe)
 *
 * A scenario opening that a closed tab left unfinished (storage/openingRecord.ts) is opened again from scratch.
 *
 * Bad parameters are reported as notices and ignored; unreadable stored worlds are reported and left untouched.
 */
import { DEFAULT_MODEL_ID, isRecorderModelId, RECORDER_MODELS, type RecorderModelId } from '../firmware';
import { WorldRepository } from './storage/worldRepository';
import type { WorldRecord } from './storage/worldRecord';
import { defaultWorldName, listedTime } from './storage/worldName';
import { nearestScenarioIds, scenarioById, type LessonMode, type Scenario } from '../scenarios';
import type { ScenarioOpening } from './session/openScenarioWorld';
import {
  createScenarioWorld,
  dropUnfinishedOpenings,
  resumeOpening,
  type ScenarioWorld,
} from './session/scenarioWorlds';
import type { WorldSessionOptions } from './session/worldSession';
import { newWorldRecord } from './session/newWorld';
import { browserSources, WorldHost, type NewWorldLink, type WorldSources } from './session/worldHost';
import { browserWorldLocks, type WorldLocks } from './session/worldLocks';

export const MAX_SPEED = 3600;

export interface BootResult {
  readonly host: WorldHost;
  /** Messages for the user about ignored parameters or unreadable saves. */
  readonly notices: string[];
}

export interface Parameters {
  readonly modelId: RecorderModelId | null;
  readonly startTime: number | null;
  readonly speed: number;
  readonly notices: string[];
  /** The scenario the link opens (null: none, or an unknown one, reported in `notices`). */
  readonly scenario: { readonly scenario: Scenario; readonly step: number; readonly mode: LessonMode } | null;
  readonly embed: boolean;
}

function readScenario(params: URLSearchParams, notices: string[]): Parameters['scenario'] {
  const id = params.get('scenario');
  if (id === null || id === '') return null;
  const scenario = scenarioById(id);
  if (!scenario) {
    notices.push(
      `Unknown scenario "${id.slice(0, 40)}". Nearest: ${nearestScenarioIds(id).join(', ')}. The scenario picker lists them all.`,
    );
    return null;
  }
  const total = scenario.steps.length;
  let step = 0;
  const stepParam = params.get('step');
  if (stepParam !== null) {
    const parsed = Number(stepParam);
    if (Number.isInteger(parsed) && parsed >= 1 && parsed <= total) step = parsed - 1;
    else
      notices.push(
        `Scenario ${scenario.id} has steps 1 to ${total}: step "${stepParam.slice(0, 20)}" does not exist, so it opens at step 1.`,
      );
  }
  const modeParam = params.get('mode');
  if (modeParam !== null && modeParam !== 'assess' && modeParam !== 'learn') {
    notices.push(`Ignored mode "${modeParam.slice(0, 20)}": use mode=assess (no hints) or leave it out.`);
  }
  return { scenario, step, mode: modeParam === 'assess' ? 'assess' : 'learn' };
}

export function readParameters(search: string): Parameters {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  let modelId: RecorderModelId | null = null;
  const model = params.get('model');
  if (model !== null) {
    if (isRecorderModelId(model)) modelId = model;
    else
      notices.push(
        `Unknown recorder model "${model.slice(0, 40)}". Available: ${Object.keys(RECORDER_MODELS).join(', ')}.`,
      );
  }
  let startTime: number | null = null;
  const start = params.get('start');
  if (start !== null) {
    const parsed = Date.parse(start);
    if (Number.isFinite(parsed) && parsed >= 0) startTime = parsed;
    else notices.push(`Ignored start time "${start.slice(0, 40)}": use a date such as 2026-03-02T09:00:00Z.`);
  }
  let speed = 1;
  const speedParam = params.get('speed');
  if (speedParam !== null) {
    const parsed = Number(speedParam);
    if (Number.isFinite(parsed) && parsed >= 0 && parsed <= MAX_SPEED) speed = parsed;
    else notices.push(`Ignored speed "${speedParam.slice(0, 20)}": use a number from 0 to ${MAX_SPEED}.`);
  }
  const scenario = readScenario(params, notices);
  return { modelId, startTime, speed, notices, scenario, embed: params.has('embed') };
}

export async function chooseWorld(
  repository: WorldRepository,
  parameters: Parameters,
  sources: WorldSources,
  notices: string[],
): Promise<WorldRecord> {
  const { worlds, problems } = await repository.list();
  if (problems.length > 0) {
    notices.push(`${problems.length} saved simulation(s) could not be read and were left as they are. ${problems[0]}`);
  }
  const currentId = await repository.currentWorldId();
  const current = worlds.find((world) => world.id === currentId) ?? null;
  const wanted = parameters.modelId;
  // A link with a start time describes a new world (a trainer's bookmark must open the same fresh world every time):
  // it never reopens a stored one. main.tsx then drops `start` from the address, so a reload reopens this world.
  const existing =
    parameters.startTime !== null
      ? null
      : wanted === null
        ? (current ?? worlds[0] ?? null)
        : current?.recorder.modelId === wanted
          ? current
          : (worlds.find((w) => w.recorder.modelId === wanted) ?? null);
  if (existing) {
    if (existing.id !== currentId) await repository.setCurrentWorld(existing.id);
    if (wanted !== null) {
      notices.push(
        `Reopened your stored ${wanted} simulation (created ${listedTime(existing.createdAt)}), "${existing.name}", as it was left. New simulation starts a fresh one.`,
      );
    }
    return existing;
  }
  const wallClock = sources.wallClock();
  const modelId = wanted ?? DEFAULT_MODEL_ID;
  const world = await newWorldRecord({
    id: sources.newId(),
    modelId,
    name: defaultWorldName(
      modelId,
      worlds.map((stored) => stored.name),
    ),
    seed: sources.newSeed(),
    startTime: parameters.startTime ?? wallClock,
    createdAt: wallClock,
  });
  await repository.create(world);
  return world;
}

interface Start {
  readonly repository: WorldRepository;
  readonly sources: WorldSources;
  readonly sessionOptions: WorldSessionOptions;
  readonly locks: WorldLocks;
  readonly link: NewWorldLink;
}

/**
 * Starts a scenario's new world paused and brings it to the opening's step; then its clock runs at the opening's
 * speed, and later worlds of the tab at the link's.
 */
async function startOpening(at: Start, opening: ScenarioOpening, created?: ScenarioWorld): Promise<WorldHost> {
  const { repository, sources, sessionOptions, locks, link } = at;
  const { world, start } = created ?? (await createScenarioWorld(repository, sources, opening));
  const host = await WorldHost.start(world, repository, sources, sessionOptions, locks, link, true);
  await host.prepareOpened(start, opening);
  return host;
}

export async function bootstrap(search: string, sources: WorldSources = browserSources): Promise<BootResult> {
  const parameters = readParameters(search);
  const notices = [...parameters.notices];
  const repository = await WorldRepository.open();
  const sessionOptions = { speed: parameters.speed };
  const link = { modelId: parameters.modelId, startTime: parameters.startTime };
  const locks = browserWorldLocks();
  const at: Start = { repository, sources, sessionOptions, locks, link };
  if (parameters.scenario) {
    await dropUnfinishedOpenings(repository, locks, null);
    // A scenario link describes a fresh world at a step (a trainer's bookmark opens the same one every time).
    const opening = {
      ...parameters.scenario,
      seed: sources.newSeed() >>> 0,
      startTime: parameters.startTime ?? sources.wallClock(),
      speed: parameters.speed,
      embed: parameters.embed,
    };
    return { host: await startOpening(at, opening), notices };
  }
  const currentId = await repository.currentWorldId();
  await dropUnfinishedOpenings(repository, locks, currentId);
  const world = await chooseWorld(repository, parameters, sources, notices);
  // A tab closed while a scenario was being brought to its step: open that scenario again, from scratch; unless
  // another tab drives that world (it may be bringing it to its step right now).
  const free = (await repository.readOpening(world.id)) && (await locks.acquire(world.id, false));
  free?.release();
  const resumed = free ? await resumeOpening(repository, sources, world.id) : null;
  if (resumed) return { host: await startOpening(at, resumed.opening, resumed.created), notices };
  const host = await WorldHost.start(world, repository, sources, sessionOptions, locks, link);
  return { host, notices };
}
