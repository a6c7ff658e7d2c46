import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isFlowFile, loadFlowProject, prepare, VOCABULARY_FILE, type CompiledFlow, type FlowProject, type Runnable, type SourceFile } from '../../src/engine/authoring';

/** Test paths are relative to the repository root, the way the CLI prints them. */
export const ROOT = process.cwd();

export const EXAMPLE_DIR = 'tests/fixtures/example/flows';
export const EXAMPLE_FILE = `${EXAMPLE_DIR}/example/1.0.0.yaml`;
export const EXAMPLE_SCENARIO = `${EXAMPLE_DIR}/example/scenarios/parent-suspected.yaml`;

export const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
export const source = (path: string): SourceFile => ({ path, text: read(path) });
export const vocabulary = (): SourceFile => source(VOCABULARY_FILE);

/** Every YAML file under a folder (relative paths, sorted like the CLI lists them). */
export function yamlUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir)).sort()) {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...yamlUnder(path));
    else if (/\.ya?ml$/.test(name)) out.push(path);
  }
  return out;
}

/**
 * The day the tests check `checked` dates against (the shipped flows were checked 2026-11-23..12-03):
 * pinned, so no fixture turns LEGAL_STALE as time passes. The CLI and the build use the real date.
 */
export const TODAY = '2026-12-03';

/** Load flow files the way the CLI does: with flows/vocabulary.yaml and the lock beside them, if any. */
export function project(files: SourceFile[], lockPath?: string): FlowProject {
  const lock = lockPath && existsSync(join(ROOT, lockPath)) ? read(lockPath) : undefined;
  return loadFlowProject(vocabulary(), files, lock, undefined, { today: TODAY });
}

/** The compiled flows of a folder laid out like flows/ (flows/<id>/<version>.yaml only). */
export function compiledIn(dir: string): CompiledFlow[] {
  const p = project(yamlUnder(dir).filter(isFlowFile).map(source));
  if (p.problems.some((x) => x.severity === 'error')) throw new Error(`${dir} has errors: ${JSON.stringify(p.problems, null, 2)}`);
  return p.compiled;
}

export function compileText(path: string, text: string): CompiledFlow {
  const p = loadFlowProject(vocabulary(), [{ path, text }], undefined, undefined, { today: TODAY });
  const flow = p.compiled[0];
  if (!flow) throw new Error(`${path} did not compile: ${JSON.stringify(p.problems, null, 2)}`);
  return flow;
}

export const exampleFlow = (): CompiledFlow => compileText(EXAMPLE_FILE, read(EXAMPLE_FILE));
export const exampleRunnable = (): Runnable => prepare(exampleFlow());
