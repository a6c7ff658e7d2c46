import { statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadPublisher, loadScenario, prepare, scenarioProblems, type Problem } from '../../engine/authoring';
import { display, kindOf, misplacedKind, readIfExists, readSource, yamlFiles } from '../../node/files';
import { err, out, printProblems } from '../output';
import { FLOWS_DIR, loadProject, resolveFlow, scenarioFlowRef } from '../../node/project';
import { profileFolderProblems } from '../../node/profiles';
import { validateProfiles } from './profiles';

export const usage = 'validate [paths…] [--json] [--vocabulary file]   check flows, scenarios, profiles (default: flows/)';

/** The warning for a profile or scenario named on its own outside its folder: checked, but not published from there. */
const OUTSIDE_ITS_FOLDER = {
  profile: { code: 'PROFILE_OUTSIDE_PROFILES', message: 'this is a contact profile outside a folder named profiles/: it was checked as one here, but the app and `compile` only read profiles from flows/profiles/' },
  scenario: { code: 'SCENARIO_OUTSIDE_SCENARIOS', message: 'this is a test scenario outside a folder named scenarios/: it was checked as one here, but `flows scenarios`, the practice mode and `compile` only read scenarios from flows/<flow>/scenarios/' },
} as const;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { flows: { type: 'string' }, json: { type: 'boolean' }, vocabulary: { type: 'string' } }, strict: true });
  const files = yamlFiles(positionals.length > 0 ? positionals : [values.flows ?? FLOWS_DIR]);
  const skipped = positionals.filter((p) => !files.includes(p) && !statSync(p).isDirectory());
  if (skipped.length > 0) {
    err(`validate: not checked, as the app would not read ${skipped.length === 1 ? 'it' : 'them'}: ${skipped.join(', ')} (only files whose names end in .yaml, in lower case)`);
    return 1;
  }
  // «0 files checked: 0 errors» would read as a pass: say what was not read instead.
  if (files.length === 0) {
    const named = positionals.length > 0 ? positionals.join(', ') : display(values.flows ?? FLOWS_DIR);
    err(`validate: no .yaml file in ${named}: flows, scenarios and profiles are read only from files whose names end in .yaml (lower case)`);
    return 1;
  }
  // A profile or scenario named on its own, outside its folder, is checked as what it is, with a
  // warning that it is not published from there (an adviser drafting one elsewhere). One found in a
  // folder among the flows is an error of the project instead (MISPLACED_FILE, from loadProject).
  const strays = new Map(positionals.filter((p) => files.includes(p) && kindOf(p) === 'flow').flatMap((f) => {
    const as = misplacedKind(readIfExists(f) ?? '');
    return as ? [[f, as] as const] : [];
  }));
  const kind = (f: string): string => strays.get(f) ?? kindOf(f);
  const byKind = (k: string): string[] => files.filter((f) => kind(f) === k);
  const vocabulary = values.vocabulary ?? byKind('vocabulary')[0];

  const project = loadProject(byKind('flow'), { vocabulary, flowsDir: values.flows });
  // Only a check of the whole folder can tell that a locked version's file is gone: when some files are
  // named, every other version in the lock would look missing.
  const problems: Problem[] = positionals.length > 0 ? project.problems.filter((p) => p.code !== 'PUBLISHED_MISSING') : [...project.problems];

  // Scenarios are checked against every flow in flows/, not only the ones named on the command line.
  const scenarioFiles = byKind('scenario');
  if (scenarioFiles.length > 0) {
    const all = positionals.length > 0 ? loadProject(undefined, { vocabulary, flowsDir: values.flows }) : project;
    for (const f of scenarioFiles) {
      const src = readSource(f);
      const s = loadScenario(src.path, src.text);
      problems.push(...s.problems);
      if (s.status === 'failure') continue;
      const ref = scenarioFlowRef(s.value.scenario);
      // A scenario may name a flow given on the command line or one in the flows folder.
      const given = resolveFlow(project, ref);
      // A flow checked here with errors has them reported above; its scenarios are checked once it is fixed.
      if ('error' in given && given.hasErrors) continue;
      const flow = 'error' in given ? resolveFlow(all, ref) : given;
      if ('error' in flow) problems.push({ code: 'SCENARIO_UNKNOWN_FLOW', severity: 'error', message: flow.error, file: src.path, ...s.value.locate(['flow']), path: ['flow'] });
      else problems.push(...scenarioProblems(prepare(flow.flow), s.value, all.vocabulary ? { vocabularyActions: Object.keys(all.vocabulary.actions) } : {}));
    }
  }

  problems.push(...(await validateProfiles(byKind('profile'))));
  for (const f of byKind('publisher')) {
    const src = readSource(f);
    problems.push(...loadPublisher(src.path, src.text).problems);
  }
  // The profiles folder as a whole (national.yaml in it, no two profiles of one name), when a whole folder is checked.
  const folders = positionals.length > 0 ? positionals.filter((p) => statSync(p, { throwIfNoEntry: false })?.isDirectory()) : [values.flows ?? FLOWS_DIR];
  for (const dir of folders) problems.push(...profileFolderProblems(basename(resolve(dir)) === 'profiles' ? dir : join(dir, 'profiles')));
  for (const [f, as] of strays) problems.push({ ...OUTSIDE_ITS_FOLDER[as], severity: 'warning', file: display(f), line: 0, column: 0, path: [] });

  if (values.json) {
    out(JSON.stringify({ files: files.map(display), problems }, null, 2));
    return problems.some((p) => p.severity === 'error') ? 1 : 0;
  }
  return printProblems(problems, files.length) > 0 ? 1 : 0;
}
