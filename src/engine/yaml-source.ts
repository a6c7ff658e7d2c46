import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
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

  const locate = (path: readonly (string | number)[]): { line: number; column: number } => {
    // Walk up the path until a node with a position is found: a missing key is reported at its parent.
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) {
        // For a key, point at the key rather than its value when we can find the pair.
        const pos = lineCounter.linePos(node.range[0]);
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
