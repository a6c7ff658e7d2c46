import { parseArgs } from 'node:util';
import { buildCatalog, formatProblem, loadScenario, prepare, runScenario } from '../../engine/authoring';
import { kindOf, readSource, yamlFiles } from '../../node/files';
import { out } from '../output';
import { FLOWS_DIR, loadProject, resolveFlow, scenarioFlowRef, versionsToday } from '../../node/project';

export const usage = 'scenarios [paths…] [--verbose]          run scenario files (default: flows/*/scenarios/)';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { flows: { type: 'string' }, verbose: { type: 'boolean', short: 'v' } }, strict: true });
  const files = yamlFiles(positionals.length > 0 ? positionals : [values.flows ?? FLOWS_DIR]).filter((f) => kindOf(f) === 'scenario');
  const project = loadProject(undefined, { flowsDir: values.flows });
  let passed = 0;
  let failed = 0;
  const walkedVersions = new Set<string>();
  for (const f of files) {
    const src = readSource(f);
    const loaded = loadScenario(src.path, src.text);
    if (loaded.status === 'failure') {
      failed++;
      out(`✖ ${src.path}`);
      loaded.problems.forEach((p) => out(`    ${formatProblem(p)}`));
      continue;
    }
    const { scenario } = loaded.value;
    const flow = resolveFlow(project, scenarioFlowRef(scenario));
    if ('error' in flow) {
      failed++;
      out(`✖ ${src.path}: ${flow.error}`);
      continue;
    }
    const result = runScenario(prepare(flow.flow), loaded.value, undefined, project.vocabulary ? { vocabularyActions: Object.keys(project.vocabulary.actions) } : {});
    const title = scenario.title.en ?? scenario.title.nb ?? '';
    const walked = `${flow.flow.id} ${flow.flow.version}`;
    walkedVersions.add(walked);
    if (result.passed) {
      passed++;
      if (values.verbose) out(`✔ ${src.path} — ${title} [${walked}] → ${result.end?.outcome?.disposition} (${result.end?.nodeId})`);
    } else {
      failed++;
      out(`✖ ${src.path} — ${title} [${walked}]`);
      result.failures.forEach((x) => out(`    ${x}`));
    }
    if (result.unused.length > 0) out(`  note ${src.path}: answers never asked on this walk: ${result.unused.join(', ')}`);
  }
  if (files.length === 0) out('no scenario files found');
  // A new version is easy to leave unpractised: scenarios keep walking the version they name.
  if (positionals.length === 0) {
    for (const { id, start } of versionsToday(buildCatalog(project.compiled))) {
      if (start && !walkedVersions.has(`${id} ${start.version}`)) out(`note: no scenario walks ${id} ${start.version}, the version new walks start on (give one "version: ${start.version}")`);
    }
  }
  out(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}
