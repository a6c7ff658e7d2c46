import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { isAlias, isCollection, isMap, isNode, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { closest } from './closest';
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
  /**
   * Where a path was written. A path through a part repeated with `*name` stops at the `*name`
   * (an error in a shared list is shown where it is used), unless `throughAliases` follows it to
   * where the part is written with `&name` (for what is fixed once for every use, as a rule's label).
   */
  locate(path: readonly (string | number)[], opts?: LocateOptions): { line: number; column: number };
  problem(code: string, severity: Severity, message: string, path: readonly (string | number)[], opts?: LocateOptions): Problem;
}

export interface LocateOptions {
  throughAliases?: boolean;
}

/**
 * Reading a flow is the slow part of `validate` and `paths` on a big file, and the `yaml` library
 * that knows positions takes ~10× longer to read one than js-yaml. So the data comes from js-yaml
 * (core schema, the same YAML 1.2 types as `yaml`'s default), and the `yaml` document — with every
 * position — is built only when a position is asked for (a problem to report) or the file does not
 * parse (for `yaml`'s messages, with line and column). tests/engine/yaml-source.test.ts pins that both
 * read every shipped and fixture file to the same data.
 */
export function parseYamlSource(file: string, text: string): YamlSource {
  let positions: { doc: Document; lineCounter: LineCounter } | undefined;
  const withPositions = () => {
    if (!positions) {
      const lineCounter = new LineCounter();
      positions = { doc: parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true }), lineCounter };
    }
    return positions;
  };

  /** The node a path leads to; through an alias only when asked (see `locate`). */
  const nodeAt = (doc: Document, path: readonly (string | number)[], throughAliases: boolean): unknown => {
    if (!throughAliases) return path.length === 0 ? doc.contents : doc.getIn(path, true);
    let node: unknown = doc.contents;
    for (const key of path) {
      if (isAlias(node)) node = node.resolve(doc);
      if (!isCollection(node)) return undefined;
      node = node.get(key, true);
    }
    return isAlias(node) ? node.resolve(doc) : node;
  };

  /** The key node of the pair a path ends in, when it ends in a key of a mapping. */
  const keyOf = (doc: Document, path: readonly (string | number)[], throughAliases: boolean): Node | undefined => {
    const last = path.at(-1);
    if (typeof last !== 'string') return undefined;
    const parent = nodeAt(doc, path.slice(0, -1), throughAliases);
    if (!isMap(parent)) return undefined;
    const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === last);
    return isNode(pair?.key) ? pair.key : undefined;
  };

  const locate = (path: readonly (string | number)[], opts: LocateOptions = {}): { line: number; column: number } => {
    const { doc, lineCounter } = withPositions();
    const throughAliases = opts.throughAliases ?? false;
    // Walk up the path until a node with a position is found: a missing key is reported at its parent.
    for (let n = path.length; n >= 0; n--) {
      const node = nodeAt(doc, path.slice(0, n), throughAliases);
      if (isNode(node) && node.range) {
        // A path ending in a key points at the key's value. A block list or mapping starts on the line
        // after its key, so point at the key there: the problem stays on the line the key is written.
        const block = n === path.length && isCollection(node) && !node.flow ? keyOf(doc, path, throughAliases) : undefined;
        const pos = lineCounter.linePos((block?.range ?? node.range)[0]);
        return { line: pos.line, column: pos.col };
      }
    }
    return { line: 1, column: 1 };
  };

  const problem = (code: string, severity: Severity, message: string, path: readonly (string | number)[], opts?: LocateOptions): Problem => ({
    code,
    severity,
    message,
    file,
    ...locate(path, opts),
    path: [...path],
  });

  const fast = readQuickly(text);
  if (fast.ok) {
    if (expandsTooFar(fast.data)) {
      return { file, data: undefined, problems: [syntaxProblem(file, 'Excessive alias count indicates a resource exhaustion attack')], locate, problem };
    }
    const cut = textsCutByComments(file, text);
    return { file, data: cut.length > 0 ? undefined : fast.data, problems: cut, locate, problem };
  }

  // It does not parse: let `yaml` say why and where. Only its first error: after a tab or a wrong
  // indent the parser loses its place, and what it says about the lines after it is mostly
  // follow-on noise («Map keys must be unique» where nothing is repeated) that hides the mistake.
  const { doc, lineCounter } = withPositions();
  const problems: Problem[] = doc.errors.slice(0, 1).map((e) => {
    const pos = e.linePos?.[0] ?? { line: 1, col: 1 };
    const first = (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, '') + inWords(e.code, text.split('\n')[pos.line - 1] ?? '');
    const more = doc.errors.length - 1;
    const after = more > 0 ? ` (fix this first: the ${more === 1 ? 'problem' : `${more} problems`} the parser found after it may follow from this one)` : '';
    return syntaxProblem(file, `${first}${after}`, pos.line, pos.col);
  });
  let data: unknown;
  if (problems.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      // The library's message has no position; an alias to a name not set above it is the usual cause.
      const alias = unresolvedAlias(doc);
      if (alias) {
        const pos = lineCounter.linePos(alias.offset);
        const guess = closest(alias.name, alias.anchors);
        const didYouMean = guess ? ` — did you mean "*${guess}"?` : '.';
        problems.push(syntaxProblem(file, `"*${alias.name}" repeats a part named "&${alias.name}", but no part above it has that name${didYouMean} Check the spelling, or write the part out here`, pos.line, pos.col));
      } else {
        problems.push(syntaxProblem(file, e instanceof Error ? e.message : String(e)));
      }
    }
    // js-yaml refused what `yaml` reads (a corner of the spec): keep `yaml`'s reading.
  }
  return { file, data, problems, locate, problem };
}

/** The first alias (`*name`) whose anchor (`&name`) is not set before it, and the anchors that are. */
function unresolvedAlias(doc: Document): { name: string; offset: number; anchors: string[] } | undefined {
  const anchors: string[] = [];
  let found: { name: string; offset: number } | undefined;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        if (!anchors.includes(node.source)) {
          found = { name: node.source, offset: node.range?.[0] ?? 0 };
          return visit.BREAK;
        }
      } else if (node.anchor) {
        anchors.push(node.anchor);
      }
      return undefined;
    },
  });
  return found && { ...found, anchors };
}

/** What the parser's terse messages mean for someone writing a flow, by the parser's error code. */
function inWords(code: string, line: string): string {
  switch (code) {
    case 'TAB_AS_INDENT':
      return ': indent with spaces';
    case 'BAD_INDENT':
      return ': the keys of one block must line up — check the spaces at the start of this line against the lines above it';
    case 'DUPLICATE_KEY': {
      const key = /^\s*(?:-\s+)?([^:#]+?)\s*:/.exec(line)?.[1];
      return key ? `: "${key}" is written twice in the same block` : ': a key is written twice in the same block';
    }
    case 'BLOCK_IN_FLOW':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return ': a text with ": " in it must be in quotes, as in nb: "Merk: ring 112"';
    default:
      return '';
  }
}

/**
 * A text written without quotes loses everything from " #" on: YAML reads it as a comment («Ring
 * #112 nå» becomes «Ring»), and the file is valid, so nothing else would notice. Only the language
 * keys are looked at (nb, nn, en), where a comment after the text is never meant.
 */
function textsCutByComments(file: string, text: string): Problem[] {
  const out: Problem[] = [];
  text.split('\n').forEach((line, i) => {
    const m = /^(\s*(?:-\s+)?(?:nb|nn|en):[ \t]+)([^\s"'{[|>&*!%@`#][^#]*?)[ \t]+#(.*)$/.exec(line);
    if (m?.[1] !== undefined && m[2] !== undefined) {
      out.push(syntaxProblem(file, `the text "${m[2]}" ends where " #" begins: the rest ("#${m[3] ?? ''}") is read as a comment and dropped — put the whole text in quotes`, i + 1, m[1].length + 1));
    }
  });
  return out;
}

function syntaxProblem(file: string, message: string, line = 1, column = 1): Problem {
  return { code: 'YAML_SYNTAX', severity: 'error', message, file, line, column, path: [] };
}

function readQuickly(text: string): { ok: true; data: unknown } | { ok: false } {
  try {
    return { ok: true, data: loadYaml(text, { schema: CORE_SCHEMA }) };
  } catch {
    return { ok: false };
  }
}

/**
 * js-yaml shares one object for every use of an anchor, so a file of nested aliases (a "billion
 * laughs") reads quickly but would explode in whatever walks the data next. Count the nodes the data
 * has when aliases are expanded, and stop at a bound far above any real flow (the `yaml` library's
 * maxAliasCount plays this part on its own path).
 */
export function expandsTooFar(data: unknown, limit = 5_000_000): boolean {
  let seen = 0;
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const v = stack.pop();
    if (++seen > limit) return true;
    if (Array.isArray(v)) for (const x of v) stack.push(x);
    else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) stack.push(x);
  }
  return false;
}
