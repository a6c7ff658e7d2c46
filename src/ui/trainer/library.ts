import type { Disposition, Localized, Role } from '../../engine/index';

/** One vignette of the scenario library, as the build ships it in /flows/<id>/scenarios.json. */
export interface ShippedScenario {
  /** The file name without .yaml. */
  id: string;
  version: string | undefined;
  role: Role | undefined;
  title: Localized;
  vignette: Localized;
  /** Question node id → the answer the vignette expects. */
  answers: Record<string, string | string[]>;
  expect: { disposition: Disposition; outcome: string | undefined; actions: { include: string[]; exclude: string[] } };
}

/** Same shape as ShippedScenarioFile in src/node/scenarios.ts (the build side); a test keeps them in step. */
export interface ScenarioLibrary {
  format: 1;
  flow: string;
  scenarios: ShippedScenario[];
}

export const scenarioLibraryFile = (flowId: string): string => `${flowId}/scenarios.json`;
