import { basename } from 'node:path';
import type { Vocabulary } from '../schema/vocabulary';
import { loadScenario, prepare, scenarioLibraryFile, scenarioProblems, type CompiledFlow, type Problem, type ScenarioLibrary } from '../engine/authoring';
import { kindOf, readSource, yamlFiles } from './files';
import { resolveFlow, scenarioFlowRef } from './project';

/**
 * The scenario library the app's practice mode loads from /flows/<id>/scenarios.json: the vignettes of
 * flows/<id>/scenarios/*.yaml, parsed and checked at build time so the browser never needs the YAML
 * parser or the validator. Its shape is ScenarioLibrary in src/engine/compiled.ts, shared with the app.
 */
export type ShippedScenarioFile = ScenarioLibrary;
export const scenarioFileName = scenarioLibraryFile;

/**
 * Read every scenario under `flowsDir`, check it (schema, translations, answers to known questions of
 * the flow it names) and group the valid ones per flow. Problems come back with file:line. The
 * scenarios of a flow in `withErrors` (FlowProject) are left until the flow is fixed.
 */
export function scenarioAssets(flowsDir: string, compiled: CompiledFlow[], withErrors: ReadonlySet<string> = new Set(), vocabulary?: Vocabulary): { files: Map<string, string>; problems: Problem[] } {
  // With the vocabulary, an excluded action that no flow has is caught however it is misspelt.
  const opts = vocabulary ? { vocabularyActions: Object.keys(vocabulary.actions) } : {};
  const problems: Problem[] = [];
  const byFlow = new Map<string, ShippedScenarioFile['scenarios']>();
  const files = yamlFiles([flowsDir]).filter((f) => kindOf(f) === 'scenario');
  for (const path of files) {
    const src = readSource(path);
    const loaded = loadScenario(src.path, src.text);
    problems.push(...loaded.problems);
    if (loaded.status === 'failure') continue;
    const { scenario } = loaded.value;
    const found = resolveFlow({ compiled, withErrors }, scenarioFlowRef(scenario));
    if ('error' in found) {
      // A flow with errors has them reported where it is loaded; its scenarios are checked once it is fixed.
      if (!found.hasErrors) problems.push({ code: 'SCENARIO_UNKNOWN_FLOW', severity: 'error', message: found.error, file: src.path, ...loaded.value.locate(['flow']), path: ['flow'] });
      continue;
    }
    const own = scenarioProblems(prepare(found.flow), loaded.value, opts);
    problems.push(...own);
    if (own.some((p) => p.severity === 'error')) continue;
    const list = byFlow.get(scenario.flow) ?? [];
    list.push({
      id: basename(path).replace(/\.ya?ml$/, ''),
      // The version it was checked against: practice walks that one, whatever new walks start on.
      version: scenario.version ?? found.flow.version,
      role: scenario.role,
      title: scenario.title,
      vignette: scenario.vignette,
      answers: scenario.answers,
      expect: { disposition: scenario.expect.disposition, outcome: scenario.expect.outcome, actions: scenario.expect.actions },
    });
    byFlow.set(scenario.flow, list);
  }
  const out = new Map<string, string>();
  // Every flow gets a library, an empty one when it has no scenarios, so the app never sees a 404.
  for (const id of new Set(compiled.map((f) => f.id))) {
    const body: ShippedScenarioFile = { format: 1, flow: id, scenarios: byFlow.get(id) ?? [] };
    out.set(scenarioFileName(id), JSON.stringify(body));
  }
  return { files: out, problems };
}
