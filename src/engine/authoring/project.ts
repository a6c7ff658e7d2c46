import type { Vocabulary } from '../../schema/vocabulary';
import type { CompiledFlow } from '../compiled';
import { hasErrors, type Problem } from '../problems';
import { compileFlow } from './compile';
import { flowSetProblems, type PublishLock } from './flow-set';
import { loadFlow, type LoadedFlow, type LoadOptions } from './load-flow';
import { loadVocabulary } from './load-vocabulary';
import { parseYamlSource } from '../yaml-source';

export interface SourceFile {
  /** Path as shown to the author, relative to the project root (e.g. flows/barn/1.0.0.yaml). */
  path: string;
  text: string;
}

export interface FlowProject {
  vocabulary: Vocabulary | undefined;
  flows: LoadedFlow[];
  /** Compiled versions of every flow file without errors (only when the vocabulary loaded). */
  compiled: CompiledFlow[];
  /**
   * Each flow version whose file has errors, as "id@version" ("id@?" when the file does not say).
   * A scenario of such a version is checked once it is fixed, instead of being reported as naming no
   * flow — one typo in a flow would otherwise bury its own error under one for every scenario of it.
   */
  withErrors: ReadonlySet<string>;
  /** The publish lock as read ("id@version" → hash); empty when there is none or it is broken. */
  lock: PublishLock;
  problems: Problem[];
}

export const VOCABULARY_FILE = 'flows/vocabulary.yaml';
export const LOCK_FILE = 'flows/published.lock.json';

/** Is this path a flow definition (flows/<id>/<version>.yaml)? */
export const isFlowFile = (path: string): boolean => /(^|\/)flows\/(?!profiles\/)[^/]+\/\d+\.\d+\.\d+\.ya?ml$/.test(path);
export const isScenarioFile = (path: string): boolean => /\/scenarios\/[^/]+\.ya?ml$/.test(path);

/**
 * Load the vocabulary and every flow version, check each alone and all together, and compile
 * the ones that pass. The one entry point the CLI, the build and the dev server share.
 */
export function loadFlowProject(vocabularyFile: SourceFile | undefined, flowFiles: SourceFile[], lockText: string | undefined, lockPath = LOCK_FILE, opts: LoadOptions = {}): FlowProject {
  const problems: Problem[] = [];
  let vocabulary: Vocabulary | undefined;
  if (!vocabularyFile) {
    problems.push({ code: 'VOCABULARY_MISSING', severity: 'error', message: 'the action vocabulary is missing', file: VOCABULARY_FILE, line: 0, column: 0, path: [] });
  } else {
    const v = loadVocabulary(vocabularyFile.path, vocabularyFile.text, opts);
    problems.push(...v.problems);
    if (v.status !== 'failure') vocabulary = v.value;
  }

  const flows: LoadedFlow[] = [];
  const withErrors = new Set<string>();
  for (const f of flowFiles) {
    const r = loadFlow(f.path, f.text, vocabulary, opts);
    problems.push(...r.problems);
    if (r.status !== 'failure') flows.push(r.value);
    else withErrors.add(declaredRef(f));
  }

  const lock = parseLock(lockText, problems, lockPath);
  // The versions whose file did not load (so far all of withErrors) are not «gone» from the lock.
  problems.push(...flowSetProblems(flows, lock, lockPath, new Set(withErrors)));

  // Without a vocabulary nothing compiles: every flow waits for it, like a flow with its own errors.
  const valid = vocabulary ? flows.filter((f) => !hasErrors(problems.filter((p) => p.file === f.file))) : [];
  for (const f of flows) if (!valid.includes(f)) withErrors.add(`${f.definition.id}@${f.definition.version}`);
  const compiled = vocabulary ? valid.map((f) => compileFlow(f, vocabulary)) : [];
  return { vocabulary, flows, compiled, withErrors, lock, problems };
}

/** "id@version" for a flow file that did not load: as the file says, or as its place says (flows/<id>/<version>.yaml). */
function declaredRef(file: SourceFile): string {
  const data = parseYamlSource(file.path, file.text).data as { id?: unknown; version?: unknown } | undefined;
  const place = /([^/\\]+)[/\\](\d+\.\d+\.\d+)\.ya?ml$/.exec(file.path);
  const id = typeof data?.id === 'string' ? data.id : (place?.[1] ?? file.path);
  const version = typeof data?.version === 'string' ? data.version : (place?.[2] ?? '?');
  return `${id}@${version}`;
}

function parseLock(text: string | undefined, problems: Problem[], lockPath: string): PublishLock {
  if (text === undefined) return {};
  try {
    const data: unknown = JSON.parse(text);
    if (data && typeof data === 'object' && !Array.isArray(data) && Object.values(data).every((v) => typeof v === 'string')) return data as PublishLock;
  } catch {
    // reported below
  }
  problems.push({ code: 'LOCK_INVALID', severity: 'error', message: 'the publish lock is not a JSON object of "id@version": "hash"', file: lockPath, line: 1, column: 1, path: [] });
  return {};
}
