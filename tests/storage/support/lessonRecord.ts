/** A real stored lesson for the storage tests: `scenarioId` opened headless at its start, its lesson at step 1. */
import { openScenario, scenarioById, startLesson } from '../../../scenarios';
import type { LessonRecord } from '../../../src/storage/lessonRecord';

export async function lessonRecordOf(scenarioId: string, seed: number, startTime: number): Promise<LessonRecord> {
  const scenario = scenarioById(scenarioId)!;
  const world = await openScenario(scenario, { seed, startTime, pbkdf2Iterations: 1_000 });
  const progress = startLesson(scenario, world.view(), { mode: 'learn' });
  world.stop();
  return {
    version: 1,
    opened: { scenarioId: scenario.id, modelId: scenario.models[0]!, seed, startTime, speed: 1, embed: false },
    progress,
  };
}
