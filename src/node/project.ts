import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { compareVersions, loadFlowProject, LOCK_FILE, prepare, VOCABULARY_FILE, type CompiledFlow, type FlowProject, type Runnable } from '../engine/authoring';
import { kindOf, readIfExists, readSource, ROOT, yamlFiles } from './files';

export const FLOWS_DIR = join(ROOT, 'flows');

export interface CliOptions {
  vocabulary?: string | undefined;
}

/** Load the vocabulary, the lock and the given flow files (default: every flow under flows/). */
export function loadProject(flowPaths?: string[], opts: CliOptions = {}): FlowProject {
  const vocabPath = opts.vocabulary ?? join(ROOT, VOCABULARY_FILE);
  const vocabulary = existsSync(vocabPath) ? readSource(vocabPath) : undefined;
  const files = (flowPaths ?? yamlFiles([FLOWS_DIR]).filter((f) => kindOf(f) === 'flow')).map(readSource);
  return loadFlowProject(vocabulary, files, readIfExists(join(ROOT, LOCK_FILE)));
}

/** Resolve "barn" or "barn@1.0.0" to a compiled flow: the newest version when none is named. */
export function resolveFlow(project: FlowProject, ref: string): { flow: CompiledFlow } | { error: string } {
  const [id, version] = ref.split('@');
  const versions = project.compiled.filter((f) => f.id === id).sort((a, b) => compareVersions(b.version, a.version));
  if (versions.length === 0) {
    const loaded = project.flows.some((f) => f.definition.id === id);
    return { error: loaded ? `flow "${id}" has errors: run "npm run flows -- validate"` : `no flow "${id}" in flows/ (there are: ${[...new Set(project.compiled.map((f) => f.id))].join(', ') || 'none'})` };
  }
  const flow = version ? versions.find((f) => f.version === version) : versions[0];
  if (!flow) return { error: `flow "${id}" has no version ${version} (there are: ${versions.map((v) => v.version).join(', ')})` };
  return { flow };
}

export function runnable(project: FlowProject, ref: string): { r: Runnable } | { error: string } {
  const res = resolveFlow(project, ref);
  return 'error' in res ? res : { r: prepare(res.flow) };
}
