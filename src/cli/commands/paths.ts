import { parseArgs } from 'node:util';
import { countPaths, listPaths } from '../../engine/authoring';
import { err, langOption, out, UsageError } from '../output';
import { loadProject, runnable } from '../../node/project';

export const usage = 'paths <flow>[@version] [--list] [--limit N] [--max-states N]   every path from start to an outcome';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { flows: { type: 'string' }, list: { type: 'boolean' }, limit: { type: 'string' }, 'max-states': { type: 'string' }, lang: { type: 'string' } },
  });
  const ref = positionals[0];
  if (!ref || positionals.length > 1) throw new UsageError('paths takes one flow, e.g. "paths barn" or "paths barn@1.0.0"');
  const maxStates = count('--max-states', values['max-states']);
  const limit = count('--limit', values.limit);
  const res = runnable(loadProject(undefined, { flowsDir: values.flows }), ref);
  if ('error' in res) {
    err(res.error);
    return 1;
  }
  const { r } = res;
  const report = countPaths(r, maxStates !== undefined ? { maxStates } : {});
  const lang = langOption(values.lang) ?? 'en';
  out(`${r.flow.id} ${r.flow.version}: ${report.states} walk states explored${report.complete ? '' : ' (stopped at the state limit: counts are partial)'}`);
  out('');
  const rows = [...r.nodes.values()].filter(({ node }) => node.kind === 'outcome').map(({ node }) => {
    const disposition = node.kind === 'outcome' ? node.disposition ?? '?' : '?';
    return [node.id, disposition, String(report.counts.get(node.id) ?? 0)];
  });
  const total = [...report.counts.values()].reduce((a, b) => a + b, 0);
  printTable([['outcome', 'disposition', 'paths'], ...rows, ['total', '', String(total)]]);
  const never = rows.filter((row) => row[2] === '0');
  if (never.length > 0) out(`\nnote: ${report.complete ? 'no answer sequence reaches' : 'none of the walk states explored reached'} ${never.map((row) => row[0]).join(', ')}`);
  if (values.list) {
    const { paths, truncated } = listPaths(r, limit ?? 200);
    out('');
    for (const p of paths) out(`${p.answers.map(([q, a]) => `${q}=${Array.isArray(a) ? `[${a.join(',')}]` : a}`).join(' → ') || '(no answers)'}  ⇒  ${p.outcome} (${p.view.outcome?.disposition}: ${p.view.outcome?.headline[lang] ?? ''})`);
    if (truncated) out(`… more paths not listed (raise --limit)`);
  }
  if (report.stuck.length > 0) {
    out('');
    for (const s of report.stuck.slice(0, 20)) out(`✖ a walk ends at "${s.node}", which is not an outcome, after ${s.answers.map(([q, a]) => `${q}=${String(a)}`).join(' → ')}`);
    out(`${report.stuck.length} path${report.stuck.length === 1 ? '' : 's'} end somewhere other than an outcome`);
    return 1;
  }
  return 0;
}

/** A positive whole number given to an option, or undefined when the option was left out. */
function count(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`${option} takes a positive whole number, not "${value}"`);
  return Number(value);
}

function printTable(rows: string[][]): void {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  rows.forEach((r, i) => {
    out(r.map((c, j) => (j === r.length - 1 ? c.padStart(widths[j] ?? 0) : c.padEnd(widths[j] ?? 0))).join('  '));
    if (i === 0) out(widths.map((w) => '-'.repeat(w)).join('  '));
  });
}

