/**
 * Problems found in authored files. Errors are data, never exceptions: every loader returns a
 * LoadResult, and the CLI, the build and the dev server print the same list.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** Stable code, listed in docs/validation-codes.md; tests and tools match on it. */
  code: string;
  severity: Severity;
  message: string;
  file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number;
  column: number;
  /** Path into the definition, e.g. ["phases", "avklar", 2, "next"]. */
  path: (string | number)[];
}

export type LoadResult<T> =
  | { status: 'ok'; value: T; problems: [] }
  | { status: 'warnings'; value: T; problems: Problem[] }
  | { status: 'failure'; problems: Problem[] };

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

export function toResult<T>(value: T | undefined, problems: Problem[]): LoadResult<T> {
  if (value === undefined || hasErrors(problems)) return { status: 'failure', problems };
  if (problems.length > 0) return { status: 'warnings', value, problems };
  return { status: 'ok', value, problems: [] };
}

/** `file:line:col: error CODE message`, the form editors and CI annotate from. */
export function formatProblem(p: Problem): string {
  const at = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
  const where = p.path.length > 0 ? ` (at ${formatPath(p.path)})` : '';
  return `${at}: ${p.severity} ${p.code} ${p.message}${where}`;
}

export function formatPath(path: readonly (string | number)[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}
