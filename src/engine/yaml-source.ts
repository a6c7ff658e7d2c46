import { isCollection, isMap, isNode, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Problem, Severity } from './problems';

/**
 * A parsed YAML file that can say where any path into it was written, so that every problem
 * points at a line and column an author can jump to.
 */
export interface YamlSource {
  file: string;
  data: unknown;
  /** Syntax problems; when there are any, `data` is undefined. */
  problems: Problem[];
  locate(path: readonly (string | number)[]): { line: number; column: number };
  problem(code: string, severity: Severity, message: string, path: readonly (string | number)[]): Problem;
}

export function parseYamlSource(file: string, text: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });

  /** The key node of the pair a path ends in, when it ends in a key of a mapping. */
  const keyOf = (path: readonly (string | number)[]): Node | undefined => {
    const last = path.at(-1);
    if (typeof last !== 'string') return undefined;
    const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
    if (!isMap(parent)) return undefined;
    const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === last);
    return isNode(pair?.key) ? pair.key : undefined;
  };

  const locate = (path: readonly (string | number)[]): { line: number; column: number } => {
    // Walk up the path until a node with a position is found: a missing key is reported at its parent.
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) {
        // A path ending in a key points at the key's value. A block list or mapping starts on the line
        // after its key, so point at the key there: the problem stays on the line the key is written.
        const block = n === path.length && isCollection(node) && !node.flow ? keyOf(path) : undefined;
        const pos = lineCounter.linePos((block?.range ?? node.range)[0]);
        return { line: pos.line, column: pos.col };
      }
    }
    return { line: 1, column: 1 };
  };

  const problem = (code: string, severity: Severity, message: string, path: readonly (string | number)[]): Problem => ({
    code,
    severity,
    message,
    file,
    ...locate(path),
    path: [...path],
  });

  const problems: Problem[] = doc.errors.map((e) => {
    const pos = e.linePos?.[0] ?? { line: 1, col: 1 };
    const first = (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, '');
    return { code: 'YAML_SYNTAX', severity: 'error' as const, message: first, file, line: pos.line, column: pos.col, path: [] };
  });

  let data: unknown;
  if (problems.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      problems.push({ code: 'YAML_SYNTAX', severity: 'error', message: e instanceof Error ? e.message : String(e), file, line: 1, column: 1, path: [] });
    }
  }
  return { file, data, problems, locate, problem };
}
