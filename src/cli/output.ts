import { formatProblem, LANGS, sortProblems, type Lang, type Problem } from '../engine/authoring';

export const out = (s = ''): void => {
  process.stdout.write(`${s}\n`);
};
export const err = (s: string): void => {
  process.stderr.write(`${s}\n`);
};

/** Print problems one a line in the compiler form, then a summary; returns the number of errors. */
export function printProblems(problems: Problem[], fileCount: number): number {
  const sorted = sortProblems(problems);
  for (const p of sorted) out(formatProblem(p));
  const errors = sorted.filter((p) => p.severity === 'error').length;
  const warnings = sorted.length - errors;
  out(`${fileCount} file${fileCount === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return errors;
}

export class UsageError extends Error {}

/** `--lang` as given, checked: «se» would otherwise print every text empty, as if there were none. */
export function langOption(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  if (!(LANGS as readonly string[]).includes(value)) throw new UsageError(`unknown language "${value}": use nb, nn or en`);
  return value as Lang;
}
