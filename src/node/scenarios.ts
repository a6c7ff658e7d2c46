import { basename } from 'node:path';
import { compareVersions, loadScenario, prepare, scenarioLibraryFile, scenarioProblems, type CompiledFlow, type Problem, type ScenarioLibrary } from '../engine/authoring';
import { kindOf, readSource, yamlFiles } from './files';

/**
 * The scenario library the app's practice mode loads from /flows/<id>/scenarios.json: the vignettes of
 * flows/<id>/scenarios/*.yaml, parsed and checked at build time so the browser never needs the YAML
 * parser or the validator. Its shape is ScenarioLibrary in src/engine/compiled.ts, shared with the app.
 */
export type ShippedScenarioFile = ScenarioLibrary;
export const scenarioFileName = scenarioLibraryFile;

/**
 * Read every scenario under `flowsDir`, check it (schema, translations, answers to known questions of
 * the flow it names) and group the valid ones per flow. Problems come back with file:line.
 */
export function scenarioAssets(flowsDir: string, compiled: CompiledFlow[]): { files: Map<string, string>; problems: Problem[] } {
  const problems: Problem[] = [];
  const byFlow = new Map<string, ShippedScenarioFile['scenarios']>();
  const files = yamlFiles([flowsDir]).filter((f) => kindOf(f) === 'scenario');
  for (const path of files) {
    const src = readSource(path);
    const loaded = loadScenario(src.path, src.text);
    problems.push(...loaded.problems);
    if (loaded.status === 'failure') continue;
    const { scenario } = loaded.value;
    const versions = compiled.filter((f) => f.id === scenario.flow).sort((a, b) => compareVersions(b.version, a.version));
    const flow = scenario.version ? versions.find((f) => f.version === scenario.version) : versions[0];
    if (!flow) {
      problems.push({ code: 'SCENARIO_UNKNOWN_FLOW', severity: 'error', message: `scenario names ${scenario.flow}${scenario.version ? `@${scenario.version}` : ''}, which is not a flow here`, file: src.path, ...loaded.value.locate(['flow']), path: ['flow'] });
      continue;
    }
    const own = scenarioProblems(prepare(flow), loaded.value);
    problems.push(...own);
    if (own.some((p) => p.severity === 'error')) continue;
    const list = byFlow.get(scenario.flow) ?? [];
    list.push({
      id: basename(path).replace(/\.ya?ml$/, ''),
      version: scenario.version,
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
