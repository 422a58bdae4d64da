/**
 * The scenario catalogue: every reset path P1-P13 for every family whose profile has it, generated from the profile
 * table (PROFILES[*].resetPaths) and the models, never copied per family. The camera and account paths are in every
 * family's list too: P8 where the family has an NVR with IP cameras, P9 and P10 everywhere. Validated with the schema
 * when the module loads (scenarioSchema.ts): a broken catalogue fails at once, in every test and in the app.
 */
import {
  DEFAULT_MODEL_ID,
  PROFILES,
  type ProfileId,
  type RecorderModel,
  type RecorderModelId,
  type ResetPathId,
} from '../firmware';
import { familyContext, type FamilyContext } from './paths/family';
import type { PathScenario } from './paths/pathScenario';
import { p1, p11, p12, p13, p6, p7 } from './paths/recorderPaths';
import { p2, p3, p4, p5, p5App } from './paths/supportPaths';
import { p10, p8, p9 } from './paths/devicePaths';
import { validateCatalogue } from './scenarioSchema';
import type { Scenario } from './scenarioTypes';

/** The paths every family has, whatever its profile's recorder paths (the cameras and the account). */
export const WORLD_PATHS: readonly ResetPathId[] = ['P8', 'P9', 'P10'];

/** The models of a family a path applies to (P8: NVRs with IP cameras; P7's reset button: models that have one). */
function modelsFor(path: ResetPathId, family: FamilyContext): RecorderModel[] {
  if (path === 'P8') return family.models.filter((model) => model.cameraInputs === 'poe');
  if (path === 'P7' && family.models.some((model) => model.hasResetButton))
    return family.models.filter((model) => model.hasResetButton);
  return [...family.models];
}

function pathScenarios(path: ResetPathId, family: FamilyContext, modelId: RecorderModelId): PathScenario[] {
  switch (path) {
    case 'P1':
      return [p1(family)];
    case 'P2':
      return [p2()];
    case 'P3':
      return [p3()];
    case 'P4':
      return [p4()];
    case 'P5':
      return [p5(), p5App()];
    case 'P6':
      return [p6(family)];
    case 'P7':
      return [p7(family)];
    case 'P8':
      return [p8(modelId)];
    case 'P9':
      return [p9(modelId)];
    case 'P10':
      return [p10()];
    case 'P11':
      return [p11(family)];
    case 'P12':
      return [p12()];
    case 'P13':
      return [p13(family)];
  }
}

/** The paths a family's scenarios cover: its profile's, then the world's. */
export const familyPaths = (id: ProfileId): ResetPathId[] => [...PROFILES[id].resetPaths, ...WORLD_PATHS];

function familyScenarios(id: ProfileId): Scenario[] {
  const family = familyContext(id);
  return familyPaths(id).flatMap((path) => {
    const models = modelsFor(path, family)
      .map((model) => model.id)
      .sort((a, b) => Number(b === DEFAULT_MODEL_ID) - Number(a === DEFAULT_MODEL_ID));
    const [first] = models;
    if (!first) return [];
    return pathScenarios(path, family, first).map(({ variant, gather, ...scenario }) => ({
      ...scenario,
      id: `${path.toLowerCase()}-${id}${variant ? `-${variant}` : ''}`,
      family: id,
      models,
      gather: gather ?? false,
    }));
  });
}

/** Families in the order the picker lists them: the default model's first. */
const FAMILY_ORDER: readonly ProfileId[] = ['cloud', 'home', 'app', 'connect', 'legacy'];

export const SCENARIOS: readonly Scenario[] = validateCatalogue(FAMILY_ORDER.flatMap(familyScenarios));

const BY_ID = new Map(SCENARIOS.map((scenario) => [scenario.id, scenario]));

export const scenarioById = (id: string): Scenario | null => BY_ID.get(id) ?? null;
