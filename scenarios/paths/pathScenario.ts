/** What a path's builder gives the catalogue: a scenario without its id, family and models (catalogue.ts adds them). */
import type { ResetPathId } from '../../firmware';
import type { ScenarioStart, ScenarioStep } from '../scenarioTypes';

export interface PathScenario {
  readonly path: ResetPathId;
  /** A second scenario of the same path and family (its id gets `-<variant>`). */
  readonly variant?: string;
  readonly title: string;
  readonly problem: string;
  readonly start: ScenarioStart;
  /** Shows the What to gather checklist (P2, P3). */
  readonly gather?: boolean;
  readonly steps: readonly ScenarioStep[];
}
