import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { compareVersions, loadFlowProject, LOCK_FILE, prepare, VOCABULARY_FILE, type CompiledFlow, type FlowProject, type Problem, type Runnable, type SourceFile } from '../engine/authoring';
import { versionForNewWalks, type FlowCatalog } from '../engine/index';
import { osloTime } from '../engine/profiles/oslo-time';
import { display, kindOf, misplacedKind, readIfExists, readSource, ROOT, yamlFiles } from './files';

export const FLOWS_DIR = join(ROOT, 'flows');

export interface ProjectOptions {
  /** The vocabulary file; default: vocabulary.yaml in the flows folder, else flows/vocabulary.yaml. */
  vocabulary?: string | undefined;
  /** The folder of flows (default flows/), e.g. a test fixture folder. */
  flowsDir?: string | undefined;
}

/** Load the vocabulary, the publish lock and the given flow files (default: every flow in the flows folder). */
export function loadProject(flowPaths?: string[], opts: ProjectOptions = {}): FlowProject {
  const dir = opts.flowsDir ? resolve(opts.flowsDir) : FLOWS_DIR;
  const vocabPath = opts.vocabulary ?? [join(dir, 'vocabulary.yaml'), join(ROOT, VOCABULARY_FILE)].find((p) => existsSync(p));
  // A vocabulary named by the caller must exist (reading it reports the path); the default may be missing.
  const vocabulary = vocabPath && (opts.vocabulary !== undefined || existsSync(vocabPath)) ? readSource(vocabPath) : undefined;
  const sources = (flowPaths ?? (existsSync(dir) ? yamlFiles([dir]) : []).filter((f) => kindOf(f) === 'flow')).map(readSource);
  const files: SourceFile[] = [];
  const misplaced: Problem[] = [];
  for (const src of sources) {
    const kind = misplacedKind(src.text);
    if (kind) misplaced.push(misplacedProblem(src, kind));
    else files.push(src);
  }
  // The publish lock lives beside the flows it pins (flows/published.lock.json).
  const lockPath = join(dir, LOCK_FILE.split('/').pop() as string);
  const project = loadFlowProject(vocabulary, files, readIfExists(lockPath), display(lockPath));
  project.problems.push(...misplaced);
  return project;
}

/**
 * A contact profile or a test scenario saved among the flows is left out of them, with one error that
 * says where it belongs. An error, not a warning: `compile` and the build would otherwise publish
 * without it — the local numbers missing from the card, or a scenario never walked — and an adviser
 * reading the build's output would not know.
 */
function misplacedProblem(src: SourceFile, kind: 'profile' | 'scenario'): Problem {
  const name = basename(src.path);
  // The flows folder it was saved in: the one above when it lies in a flow's folder (beside versions
  // such as 1.0.0.yaml), else its own.
  const here = dirname(resolve(src.path));
  const root = readdirSync(here).some((f) => /^\d+\.\d+\.\d+\.ya?ml$/.test(f)) ? dirname(here) : here;
  const message =
    kind === 'profile'
      ? `this is a contact profile (it has contacts:, no phases:), saved among the flows, where every file is read as a flow: the app and \`compile\` read profiles only from ${display(join(root, 'profiles'))}/. Move it to ${display(join(root, 'profiles', name))}`
      : `this is a test scenario (it has answers: and expect:, no phases:), saved among the flows, where every file is read as a flow: scenarios are read only from a folder named scenarios/ beside the flow they test. Move it to ${display(join(root, scenarioFlow(src.text) ?? '<flow>', 'scenarios', name))}`;
  return { code: 'MISPLACED_FILE', severity: 'error', message, file: src.path, line: 0, column: 0, path: [] };
}

/** The flow a scenario's `flow:` names, read from its text (the file is not parsed as a flow). */
const scenarioFlow = (text: string): string | undefined => /^flow:\s*["']?([a-z0-9-]+)/m.exec(text)?.[1];

/**
 * Resolve "barn" or "barn@1.0.0" to a compiled flow: the newest version when none is named.
 * `hasErrors`: that version — or, with none named, a version newer than any without errors — is
 * there but its file has errors.
 */
export function resolveFlow(project: Pick<FlowProject, 'compiled' | 'withErrors'>, ref: string): { flow: CompiledFlow } | { error: string; hasErrors?: true } {
  const [id = '', version] = ref.split('@');
  const versions = project.compiled.filter((f) => f.id === id).sort((a, b) => compareVersions(b.version, a.version));
  const broken = [...project.withErrors].filter((r) => r.startsWith(`${id}@`)).map((r) => r.slice(id.length + 1));
  const flow = version ? versions.find((f) => f.version === version) : versions[0];
  const newerBroken = broken.some((v) => v === '?' || (version ? v === version : !flow || compareVersions(v, flow.version) > 0));
  if (newerBroken && !(version && flow)) return { error: `flow "${ref}" has errors: run "npm run flows -- validate"`, hasErrors: true };
  if (flow) return { flow };
  if (versions.length === 0) return { error: `no flow "${id}" (there are: ${[...new Set(project.compiled.map((f) => f.id))].join(', ') || 'none'})` };
  return { error: `flow "${id}" has no version ${version} (there are: ${versions.map((v) => v.version).join(', ')})` };
}

export function runnable(project: FlowProject, ref: string): { r: Runnable } | { error: string } {
  const res = resolveFlow(project, ref);
  return 'error' in res ? res : { r: prepare(res.flow) };
}

/** The flow a scenario names, as resolveFlow takes it: "barn", or "barn@1.0.0" when it names a version. */
export function scenarioFlowRef(scenario: { flow: string; version?: string | undefined }): string {
  return scenario.version ? `${scenario.flow}@${scenario.version}` : scenario.flow;
}

type CatalogVersion = FlowCatalog['flows'][number]['versions'][number];

/** Per flow: the version new walks start on today (in Norway), and the versions still waiting for their date. */
export function versionsToday(catalog: FlowCatalog, now = new Date()): { id: string; start: CatalogVersion | undefined; waiting: CatalogVersion[] }[] {
  const today = osloTime(now).date;
  return catalog.flows.map((entry) => {
    const start = entry.versions.find((v) => v.version === versionForNewWalks(entry, today));
    // Waiting: each version dated ahead that new walks will start on from its date.
    return { id: entry.id, start, waiting: entry.versions.filter((v) => v !== start && v.effective > today && versionForNewWalks(entry, v.effective) === v.version) };
  });
}
