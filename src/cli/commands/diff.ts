import { parseArgs } from 'node:util';
import { diffFlows, type FlowDiff, type Lang } from '../../engine/authoring';
import { err, langOption, out, UsageError } from '../output';
import { loadProject, resolveFlow } from '../../node/project';

export const usage = 'diff <flow>@<a> <flow>@<b> [--json]         what changed between two versions';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { flows: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } } });
  const [a, b] = positionals;
  if (!a || !b || positionals.length !== 2 || !a.includes('@') || !b.includes('@')) throw new UsageError('diff takes two versions, e.g. "diff barn@1.0.0 barn@1.1.0"');
  const project = loadProject(undefined, { flowsDir: values.flows });
  const fa = resolveFlow(project, a);
  const fb = resolveFlow(project, b);
  for (const f of [fa, fb]) {
    if ('error' in f) {
      err(f.error);
      return 1;
    }
  }
  if ('error' in fa || 'error' in fb) return 1;
  // Versions of one flow are what a change is reviewed as; two flows share no node by design.
  if (fa.flow.id !== fb.flow.id) throw new UsageError(`${a} and ${b} are two different flows: diff compares two versions of one flow, e.g. "diff ${fa.flow.id}@<old> ${fa.flow.id}@<new>"`);
  const d = diffFlows(fa.flow.definition, fb.flow.definition);
  if (values.json) out(JSON.stringify(d, null, 2));
  else printDiff(d, langOption(values.lang));
  return 0;
}

function printDiff(d: FlowDiff, only: Lang | undefined): void {
  out(`${d.from} → ${d.to}`);
  for (const h of d.header) out(`  ${h.path}: ${show(h.before)} → ${show(h.after)}`);
  for (const t of d.headerTexts.filter((x) => !only || x.lang === only)) out(`  ${t.path} [${t.lang}]: ${show(t.before)} → ${show(t.after)}`);
  out('');
  out(`Added (${d.added.length})`);
  d.added.forEach((n) => out(`  + ${n.id} (${n.kind})`));
  out(`Removed (${d.removed.length})`);
  d.removed.forEach((n) => out(`  - ${n.id} (${n.kind})`));
  out(`Changed (${d.changed.length})`);
  for (const c of d.changed) {
    out(`  ~ ${c.id} (${c.kind})`);
    for (const r of c.rules) out(`      rule ${r.path}: ${show(r.before)} → ${show(r.after)}`);
    for (const o of c.outcome) out(`      outcome ${o.path}: ${show(o.before)} → ${show(o.after)}`);
    for (const o of c.other) out(`      ${o.path}: ${show(o.before)} → ${show(o.after)}`);
    for (const t of c.texts.filter((x) => !only || x.lang === only)) out(`      ${t.path || 'text'} [${t.lang}]: ${show(t.before)} → ${show(t.after)}`);
  }
}

const show = (v: unknown): string => (v === undefined ? '(none)' : typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v));
