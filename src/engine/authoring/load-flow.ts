import { FlowDefinition } from '../../schema/flow';
import type { Vocabulary } from '../../schema/vocabulary';
import { didYouMean } from '../closest';
import { indexNodes } from '../graph';
import { toResult, type LoadResult, type Problem } from '../problems';
import { parseYamlSource, type YamlSource } from '../yaml-source';
import { chartLabelProblems } from './chart-labels';
import { factProblems } from './fact-checks';
import { graphProblems } from './graph-checks';
import { todayOr } from '../profiles/oslo-time';
import { effectiveDateProblems } from './dates';
import { contentHash } from './hash';
import { legalProblems } from './legal';
import { schemaProblems } from './schema-problems';
import { seedProblems } from './seeds';
import { missingTranslations, withoutTranslationEchoes } from './translations';

export interface LoadedFlow {
  file: string;
  definition: FlowDefinition;
  /** Content hash of the definition; pinned walks and the publish lock compare it. */
  hash: string;
  /** Where a path into the definition is written, for problems found later (e.g. across versions). */
  locate: YamlSource['locate'];
}

export interface LoadOptions {
  /**
   * The date (YYYY-MM-DD, Norway) `checked` dates are measured from; the real date when left out.
   * Tests pin it, so a fixture does not turn stale as time passes.
   */
  today?: string;
}

/**
 * Parse, schema-check and statically check one flow file. Never throws: every problem comes back
 * in the result with its code and location. Pass the vocabulary to check the action ids.
 */
export function loadFlow(file: string, text: string, vocabulary?: Vocabulary, opts: LoadOptions = {}): LoadResult<LoadedFlow> {
  try {
    return loadFlowUnsafe(file, text, vocabulary, todayOr(opts.today));
  } catch (e) {
    // A bug in a check must not take down the CLI or the dev server; say so as a problem instead.
    const message = e instanceof Error ? e.message : String(e);
    return toResult<LoadedFlow>(undefined, [{ code: 'INTERNAL', severity: 'error', message: `the validator failed on this file: ${message}`, file, line: 0, column: 0, path: [] }]);
  }
}

function loadFlowUnsafe(file: string, text: string, vocabulary: Vocabulary | undefined, today: string): LoadResult<LoadedFlow> {
  const src = parseYamlSource(file, text);
  if (src.problems.length > 0) return toResult<LoadedFlow>(undefined, src.problems);
  const textProblems = [...missingTranslations(src, src.data), ...legalProblems(src, src.data, today), ...effectiveDateProblems(src, src.data)];
  const parsed = FlowDefinition.safeParse(src.data);
  if (!parsed.success) return toResult<LoadedFlow>(undefined, [...withoutTranslationEchoes(schemaProblems(src, parsed.error, 'SCHEMA', FlowDefinition), textProblems), ...textProblems]);

  const def = parsed.data;
  const graph = graphProblems(src, def);
  const problems: Problem[] = [
    ...fileNameProblems(src, def),
    ...graph,
    // With two nodes of one id (a copied node not yet renamed) only one of them is indexed, so every
    // fact the other sets would be reported «never set» where it is read: the id is the mistake.
    ...(graph.some((p) => p.code === 'DUPLICATE_ID') ? [] : factProblems(src, def)),
    ...textProblems,
    ...chartLabelProblems(src, def),
    ...(vocabulary ? actionProblems(src, def, vocabulary) : []),
    ...(vocabulary ? seedProblems(src, src.data, vocabulary.seeds) : []),
  ];
  return toResult({ file, definition: def, hash: contentHash(def), locate: src.locate }, problems);
}

/** `flows/<id>/<version>.yaml`: the file's place must agree with what it says it is. */
function fileNameProblems(src: YamlSource, def: FlowDefinition): Problem[] {
  // Only files named like a version follow the flows/<id>/<version>.yaml convention.
  const m = /(?:^|[/\\])([^/\\]+)[/\\](\d+\.\d+\.\d+)\.ya?ml$/.exec(src.file);
  if (!m) return copyNameProblems(src, def);
  const out: Problem[] = [];
  if (m[1] !== def.id) out.push(src.problem('FILE_MISMATCH', 'error', `the flow id "${def.id}" does not match its folder "${m[1]}"`, ['id']));
  if (m[2] !== def.version) out.push(src.problem('FILE_MISMATCH', 'error', `the version "${def.version}" does not match the file name "${m[2]}.yaml"`, ['version']));
  return out;
}

/**
 * «1.0.0 (2).yaml», «1.0.0 kopi.yaml», «1.1.0-utkast.yaml»: a version's name with something after
 * it is a browser's or a file manager's copy, or a draft not yet named. Left alone it goes live under
 * the version it declares — beside the original, or in its place — so say it at the file itself.
 */
function copyNameProblems(src: YamlSource, def: FlowDefinition): Problem[] {
  const name = /(?:^|[/\\])(\d+\.\d+\.\d+[^/\\]+\.ya?ml)$/.exec(src.file)?.[1];
  if (!name) return [];
  return [src.problem('FILE_MISMATCH', 'error', `the file name "${name}" is a version with something after it, like a copy: a flow version's file is named by its version alone ("${def.version}.yaml"). If it is a copy, delete it; if it is a new version, name the file by that version and set version: to the same`, ['version'])];
}

function actionProblems(src: YamlSource, def: FlowDefinition, vocabulary: Vocabulary): Problem[] {
  const out: Problem[] = [];
  for (const { node, path } of indexNodes(def).values()) {
    if (node.kind !== 'outcome') continue;
    node.actions.forEach((a, i) => {
      if (!(a.action in vocabulary.actions)) {
        // A misspelt id is the usual cause: name the one meant, as for targets and facts.
        out.push(src.problem('UNKNOWN_ACTION', 'error', `"${a.action}" is not in the action vocabulary (flows/vocabulary.yaml)${didYouMean(a.action, Object.keys(vocabulary.actions))}`, [...path, 'actions', i, 'action']));
      }
    });
  }
  return out;
}
