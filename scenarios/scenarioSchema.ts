/**
 * The catalogue's schema (zod): every scenario is checked when the catalogue loads, so a typo in a step (an unknown
 * place, a fact that does not exist, an empty solution, a duplicate id) fails at once with the scenario and the field
 * it is in, in Node and in the app.
 */
import * as z from 'zod/mini';
import { isPresetId, isRecorderModelId, PROFILES } from '../firmware';
import { factsIn, isFactName } from './facts';
import { SCENARIO_PLACES, type Scenario } from './scenarioTypes';

const text = z
  .string()
  .check(z.minLength(1, 'must not be empty'), z.maxLength(400, 'must have at most 400 characters'));
const withFacts = text.check(
  z.refine((value) => factsIn(value).every(isFactName), 'names a fact that does not exist (facts.ts: FACT_NAMES)'),
);
const duration = z.number().check(z.int(), z.gte(0), z.lte(24 * 3_600_000));

const action = z.discriminatedUnion('do', [
  z.object({ do: z.literal('click'), name: text }),
  z.object({ do: z.literal('fill'), name: text, text: withFacts }),
  z.object({ do: z.literal('rightClick') }),
  z.object({ do: z.literal('escape'), times: z.number().check(z.int(), z.gte(1), z.lte(10)) }),
  z.object({ do: z.literal('power'), on: z.boolean() }),
  z.object({ do: z.literal('usb'), inserted: z.boolean() }),
  z.object({ do: z.literal('mainboardReset'), holdMs: duration }),
  z.object({ do: z.literal('wait'), ms: duration }),
  z.object({
    do: z.literal('camera'),
    camera: z.number().check(z.int(), z.gte(0)),
    act: z.enum(['pressReset', 'releaseReset', 'unplugEthernet', 'plugEthernet']),
  }),
  z.object({ do: z.literal('photo'), subject: z.enum(['info-screen', 'sticker']) }),
  z.object({
    do: z.literal('world'),
    command: z.enum([
      'website.signIn',
      'website.activateWarranty',
      'website.submitResetRequest',
      'website.requestPasswordCode',
      'website.resetPassword',
      'desk.phoneCall',
      'app.logIn',
      'app.sendDevicePasswordReset',
      'app.verifyRecorder',
      'app.requestPasswordCode',
      'app.confirmPasswordCode',
      'app.addWifiCamera',
    ]),
  }),
]);

const step = z.object({
  instruction: text,
  source: z
    .string()
    .check(z.regex(/^(seed \d{3}|domain research §\d+[a-z]?)$/, 'must cite a seed or a research section')),
  control: z.object({
    place: z.enum(SCENARIO_PLACES as [string, ...string[]]),
    name: text,
    via: z.optional(z.array(text)),
  }),
  hint: text,
  check: z.object({
    says: text,
    holds: z.custom<(...args: never[]) => boolean>((value) => typeof value === 'function', 'must be a function'),
  }),
  solution: z.array(action).check(z.minLength(1, 'must have at least one action')),
});

const scenario = z.object({
  id: z.string().check(z.regex(/^p\d{1,2}-[a-z]+(-[a-z]+)?$/, 'must look like p2-cloud')),
  path: z.string().check(z.regex(/^P\d{1,2}$/, 'must be a path id such as P2')),
  family: z.string().check(z.refine((value) => value in PROFILES, 'must be a family of PROFILES')),
  title: text,
  problem: text,
  models: z
    .array(z.string().check(z.refine(isRecorderModelId, 'must be a recorder model')))
    .check(z.minLength(1, 'must name at least one model')),
  start: z.object({
    recorder: z.string().check(z.refine(isPresetId, 'must be a preset id')),
    world: z.enum(['newWorld', 'appSignedIn']),
  }),
  gather: z.boolean(),
  steps: z.array(step).check(z.minLength(1, 'must have at least one step')),
});

export class CatalogueError extends Error {}

/** The catalogue, checked: throws CatalogueError naming the scenario and the field of the first problem. */
export function validateCatalogue(scenarios: readonly Scenario[]): readonly Scenario[] {
  const seen = new Set<string>();
  scenarios.forEach((candidate, index) => {
    const result = z.safeParse(scenario, candidate);
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue?.path.join('.') ?? '';
      throw new CatalogueError(`Scenario ${candidate.id ?? index}: ${where}: ${issue?.message ?? 'invalid'}.`);
    }
    if (seen.has(candidate.id)) throw new CatalogueError(`Scenario ${candidate.id}: the id is used twice.`);
    seen.add(candidate.id);
  });
  return scenarios;
}
