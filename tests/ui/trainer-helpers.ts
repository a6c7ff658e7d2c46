import { join } from 'node:path';
import type { CompiledFlow } from '../../src/engine/authoring';
import { FLOWS_DIR, loadProject } from '../../src/node/project';
import { scenarioAssets, scenarioFileName } from '../../src/node/scenarios';
import type { ScenarioLibrary } from '../../src/ui/trainer/library';
import type { FlowSource } from '../../src/ui/walk/source';
import { compiledFlows, memorySource } from './helpers';

export const EXAMPLE_FLOWS_DIR = join(process.cwd(), 'tests/fixtures/example/flows');

/** The shipped flows with their scenario libraries, as the build serves them. */
export function trainerSource(flows: CompiledFlow[] = compiledFlows(), dir = FLOWS_DIR): FlowSource & { scenarios(id: string): Promise<ScenarioLibrary> } {
  const assets = scenarioAssets(dir, flows);
  const errors = assets.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new Error(errors.map((p) => `${p.file}:${p.line} ${p.message}`).join('\n'));
  return {
    ...memorySource(flows),
    scenarios: async (id) => {
      const body = assets.files.get(scenarioFileName(id));
      if (!body) throw new Error(`no scenarios for ${id}`);
      return JSON.parse(body) as ScenarioLibrary;
    },
  };
}

/** The two versions of tests/fixtures/example (for "what changed"). */
export function exampleFlows(): CompiledFlow[] {
  const project = loadProject(undefined, { flowsDir: EXAMPLE_FLOWS_DIR });
  const errors = project.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('; '));
  return project.compiled;
}
