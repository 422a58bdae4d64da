/**
 * Scenarios and lessons (docs/scenarios.md): the catalogue as data, the lesson's progress, and the Node runner.
 * src/, tests and Node scripts import scenarios/ only from here. Pure logic like firmware/ and outside/: it reaches
 * them only through their entry points, runs in Node without a DOM, and reads no clock or randomness.
 */
export type * from './scenarioTypes';
export type { ScenarioWorld, WorldView } from './scenarioWorld';
export { SCENARIO_PLACES } from './scenarioTypes';
export { SCENARIOS, scenarioById, familyPaths, WORLD_PATHS } from './catalogue';
export { validateCatalogue, CatalogueError } from './scenarioSchema';
export { runAction, runActions, SolutionError } from './actions';
export { FACT_NAMES, factValue, resolveText, type FactName } from './facts';
export { baselineOf, checks } from './checks';
export {
  buildScenarioStart,
  prepareScenario,
  START_SETTLE_MS,
  type ScenarioStartWorld,
  type StartOptions,
} from './startState';
export { HeadlessWorld, type HeadlessWorldOptions } from './headless/headlessWorld';
export { screenImage, showsDeviceId, stickerImage, type PhotoImage } from './headless/photoImages';
export { openScenario, solveScenario, type StepOutcome } from './headless/solve';
export { GATHER_ITEMS, gatheredNow, type GatherItem } from './lesson/gather';
export {
  isComplete,
  observe,
  startLesson,
  usedHelp,
  withBaseline,
  type LessonMode,
  type LessonProgress,
  type StepRecord,
} from './lesson/lesson';
export { assessmentResult, type AssessmentItem, type AssessmentResult } from './lesson/assessment';
export { nearestScenarioIds } from './nearest';
export * as lessonValues from './lessonValues';
