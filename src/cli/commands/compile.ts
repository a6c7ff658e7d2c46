import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCatalog, CATALOG_FILE, compiledFileName } from '../../engine/authoring';
import { display, readIfExists, ROOT, yamlFiles } from '../../node/files';
import { checkSafety, goingLiveUnchecked } from '../../node/safety';
import { err, out, printProblems } from '../output';
import { FLOWS_DIR, loadProject, versionsToday } from '../../node/project';
import { DEFAULT_PROFILE_ENV, defaultProfileId, loadProfiles, PROFILES_DIR, profileAssets } from '../../node/profiles';
import { checkProfileFolder } from '../../engine/profiles/check-folder';
import { publisherAsset } from '../../node/publisher';
import { scenarioAssets } from '../../node/scenarios';

export const usage = 'compile [-o dir]                         write the JSON the app loads (default: dist/flows; keeps the published default profile)';

/**
 * Write index.json and one JSON per flow version; refuses when any flow has errors, when there is no
 * flow at all, or when what new walks will start on breaks a safety rule on any path.
 */
export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: { flows: { type: 'string' }, output: { type: 'string', short: 'o', default: join(ROOT, 'dist', 'flows') } } });
  const flowsDir = values.flows ?? FLOWS_DIR;
  const project = loadProject(undefined, { flowsDir: values.flows });
  const profilesDir = values.flows ? join(values.flows, 'profiles') : PROFILES_DIR;
  const { profiles, problems: profileProblems } = loadProfiles(profilesDir);
  // A site without national.yaml would show no number beyond the first screen's strip.
  if (!existsSync(profilesDir)) profileProblems.push(...checkProfileFolder(display(profilesDir), []));
  // The practice mode's vignettes (<id>/scenarios.json), checked against the flows they name.
  const scenarios = scenarioAssets(flowsDir, project.compiled, project.withErrors, project.vocabulary);
  // Who publishes the site, for the accessibility statement's feedback channel.
  const publisher = publisherAsset(flowsDir);
  const problems = [...project.problems, ...profileProblems, ...scenarios.problems, ...publisher.problems];
  const published = publishedDefault(values.output);
  const def = defaultProfileId(profiles, process.env, published);
  if (def.problem) problems.push({ code: 'PROFILE_DEFAULT_UNKNOWN', severity: 'error', message: def.problem, file: 'flows/profiles', line: 0, column: 0, path: [] });
  // An empty catalog written over a published one would take every flow off the site.
  if (project.flows.length === 0 && project.withErrors.size === 0) {
    problems.push({ code: 'NO_FLOWS', severity: 'error', message: `no flow versions found in ${display(flowsDir)} (it should hold vocabulary.yaml and one folder per flow, e.g. barn/1.0.0.yaml)`, file: display(flowsDir), line: 0, column: 0, path: [] });
  }
  const catalog = buildCatalog(project.compiled);
  const today = versionsToday(catalog);
  // Every file is known before the first is written, and each place checked: a folder that cannot be
  // written to must not leave the site with new flows and an old catalog, or the other way round.
  // Checked before the safety rules, which take a minute or more: a mistyped -o is said at once.
  const files: [string, string][] = [
    ...project.compiled.map((f): [string, string] => [compiledFileName(f.id, f.version), JSON.stringify(f)]),
    ...scenarios.files,
    ...publisher.files,
    [CATALOG_FILE, JSON.stringify(catalog, null, 1)],
    ...[...profileAssets(profiles, def.id)].map(([name, body]): [string, string] => [join('profiles', name), body]),
  ];
  const blocked = unwritable(files.map(([name]) => join(values.output, name)));
  if (blocked.length === 0 && !problems.some((p) => p.severity === 'error')) {
    const goLive = goingLiveUnchecked(today, project.lock);
    if (goLive.length > 0) out('checking the safety rules on every path of what new walks will start on:');
    problems.push(...checkSafety(project, goLive, (line) => out(`  ${line}`)));
  }
  // Counted as `validate` counts them: every YAML file compile read — flows, scenarios, profiles, the
  // vocabulary and the publisher, and a file refused for where it lies.
  if (problems.length > 0) printProblems(problems, existsSync(flowsDir) ? yamlFiles([flowsDir]).length : 0);
  if (blocked.length > 0) {
    err(`compile: cannot write to ${display(values.output)}: ${blocked.map(({ path, why }) => `${display(path)} ${why}`).join('; ')}. Nothing written, the site is as it was`);
    return 1;
  }
  if (problems.some((p) => p.severity === 'error')) {
    out(`nothing written to ${display(values.output)}: fix the errors first`);
    return 1;
  }
  for (const [name, body] of files) {
    mkdirSync(dirname(join(values.output, name)), { recursive: true });
    writeFileSync(join(values.output, name), body);
  }
  if (published && published !== def.id) out(`the default profile changes from ${published} to ${def.id}: users who have not chosen one get ${def.id}'s numbers`);
  else if (published && !process.env[DEFAULT_PROFILE_ENV]) out(`default profile kept from the published ${join(values.output, 'profiles', 'index.json')}: ${def.id} (set ${DEFAULT_PROFILE_ENV} to change it)`);
  // Which version each flow's new walks get today: a version published ahead of its date waits.
  for (const { id, start, waiting } of today) {
    const later = waiting.map((v) => `${v.version} (${v.status}) from ${v.effective}`);
    if (start) out(`${id}: new walks start on ${start.version} (${start.status}, effective ${start.effective})${later.length > 0 ? `; waiting: ${later.join(', ')}` : ''}`);
    // Said every time: a draft is a routine nobody has approved yet (flows/README.md, steps 5 and 6).
    if (start?.status === 'draft') out(`warning: ${id} ${start.version} is a draft that nobody has approved and published yet; users get it all the same`);
  }
  const what = [`${project.compiled.length} flow version${project.compiled.length === 1 ? '' : 's'}`, `${profiles.length} profile${profiles.length === 1 ? '' : 's'} (default: ${def.id})`, ...publisher.files.map(([name]) => name)];
  out(`wrote ${what.join(', ')} and ${CATALOG_FILE} to ${values.output}`);
  return 0;
}

/**
 * Of these files, the places that stop them being written, and why: the file itself or the nearest
 * folder above it that exists may be read-only, a file may stand where a folder must be made, or a
 * folder where the file must go. Each place once.
 */
function unwritable(paths: string[]): { path: string; why: string }[] {
  const blocked = new Map<string, string>();
  // Many files go into the same new folder: probe each nearest folder once.
  const creatable = new Map<string, boolean>();
  const canCreate = (dir: string): boolean => {
    if (!creatable.has(dir)) creatable.set(dir, canCreateIn(dir));
    return creatable.get(dir) === true;
  };
  for (const path of paths) {
    let at = path;
    while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
    const isFolder = statSync(at).isDirectory();
    if (at === path && isFolder) blocked.set(at, 'is a folder, where a file must be written');
    else if (at !== path && !isFolder) blocked.set(at, 'is a file, where a folder must be');
    else if (!(at === path ? writable(at) : canCreate(at))) blocked.set(at, 'cannot be written to');
  }
  return [...blocked].map(([path, why]) => ({ path, why }));
}

/**
 * Whether a file or folder can be made in this folder, found by making one and removing it. Asking
 * for write access is not enough: root is granted it on /proc or /sys, where mkdir then fails — and
 * Node's recursive mkdir, which writing the site uses, retries that failure for ever.
 */
function canCreateIn(dir: string): boolean {
  try {
    rmdirSync(mkdtempSync(join(dir, '.tiltakskort-check-')));
    return true;
  } catch {
    return false;
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
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
