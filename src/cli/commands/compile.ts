import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCatalog, CATALOG_FILE, compiledFileName } from '../../engine/authoring';
import { readIfExists, ROOT } from '../../node/files';
import { out, printProblems } from '../output';
import { FLOWS_DIR, loadProject, versionsToday } from '../../node/project';
import { DEFAULT_PROFILE_ENV, defaultProfileId, loadProfiles, profileAssets } from '../../node/profiles';
import { scenarioAssets } from '../../node/scenarios';

export const usage = 'compile [-o dir]                         write the JSON the app loads (default: dist/flows; keeps the published default profile)';

/** Write index.json and one JSON per flow version; refuses when any flow has errors. */
export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: { flows: { type: 'string' }, output: { type: 'string', short: 'o', default: join(ROOT, 'dist', 'flows') } } });
  const project = loadProject(undefined, { flowsDir: values.flows });
  const { profiles, problems: profileProblems } = loadProfiles(values.flows ? join(values.flows, 'profiles') : undefined);
  // The practice mode's vignettes (<id>/scenarios.json), checked against the flows they name.
  const scenarios = scenarioAssets(values.flows ?? FLOWS_DIR, project.compiled, project.withErrors);
  const problems = [...project.problems, ...profileProblems, ...scenarios.problems];
  const published = publishedDefault(values.output);
  const def = defaultProfileId(profiles, process.env, published);
  if (def.problem) problems.push({ code: 'PROFILE_DEFAULT_UNKNOWN', severity: 'error', message: def.problem, file: 'flows/profiles', line: 0, column: 0, path: [] });
  if (problems.some((p) => p.severity === 'error')) {
    printProblems(problems, project.flows.length + profiles.length);
    out('nothing written: fix the errors first');
    return 1;
  }
  for (const f of project.compiled) {
    const file = join(values.output, compiledFileName(f.id, f.version));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(f));
  }
  mkdirSync(values.output, { recursive: true });
  for (const [name, body] of scenarios.files) {
    mkdirSync(dirname(join(values.output, name)), { recursive: true });
    writeFileSync(join(values.output, name), body);
  }
  const catalog = buildCatalog(project.compiled);
  writeFileSync(join(values.output, CATALOG_FILE), JSON.stringify(catalog, null, 1));
  mkdirSync(join(values.output, 'profiles'), { recursive: true });
  for (const [name, body] of profileAssets(profiles, def.id)) writeFileSync(join(values.output, 'profiles', name), body);
  if (published && published !== def.id) out(`the default profile changes from ${published} to ${def.id}: users who have not chosen one get ${def.id}'s numbers`);
  else if (published && !process.env[DEFAULT_PROFILE_ENV]) out(`default profile kept from the published ${join(values.output, 'profiles', 'index.json')}: ${def.id} (set ${DEFAULT_PROFILE_ENV} to change it)`);
  // Which version each flow's new walks get today: a version published ahead of its date waits.
  for (const { id, start, waiting } of versionsToday(catalog)) {
    const later = waiting.map((v) => `${v.version} from ${v.effective}`);
    if (start) out(`${id}: new walks start on ${start.version} (${start.status}, effective ${start.effective})${later.length > 0 ? `; waiting: ${later.join(', ')}` : ''}`);
  }
  out(`wrote ${project.compiled.length} flow version${project.compiled.length === 1 ? '' : 's'}, ${profiles.length} profile${profiles.length === 1 ? '' : 's'} (default: ${def.id}) and ${CATALOG_FILE} to ${values.output}`);
  return 0;
}

/** The default profile of what is already published in the output folder, if anything is. */
function publishedDefault(output: string): string | undefined {
  const text = readIfExists(join(output, 'profiles', 'index.json'));
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && 'default' in value && typeof value.default === 'string' ? value.default : undefined;
  } catch {
    return undefined; // not ours to judge: it is overwritten below
  }
}
