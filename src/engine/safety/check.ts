import { DISPOSITIONS, type Condition, type Disposition } from '../../schema/flow';
import { evaluate } from '../conditions';
import { indexNodes } from '../graph';
import { visitOutcomes, type OutcomeVisit } from '../paths';
import type { Problem } from '../problems';
import type { Runnable } from '../walk';
import type { LoadedFlow } from '../authoring/load-flow';
import { ALWAYS, RULES, type Rule } from './rules';

/** One outcome that breaks one rule, reached by one answer sequence. */
export interface SafetyFailure {
  /** The outcome node. */
  node: string;
  /** The rule's name, or the product-wide promise broken («every outcome includes …»). */
  rule: string;
  /** The rule, what was wrong, the outcome and the answers that lead there, in one line. */
  message: string;
}

const rank = (d: Disposition): number => DISPOSITIONS.indexOf(d);

function check(visit: OutcomeVisit, rules: Rule[], holds: (c: Condition) => boolean): SafetyFailure[] {
  const o = visit.view.outcome;
  const node = visit.view.nodeId;
  if (!o) return [{ node, rule: 'an outcome', message: `not an outcome at ${node}` }];
  const actions = o.actions.map((a) => a.id);
  const where = `${node} after ${visit.answers.map(([q, a]) => `${q}=${String(a)}`).join(', ')}`;
  const failures: SafetyFailure[] = [];
  const fail = (rule: string, what: string): void => void failures.push({ node, rule, message: `${rule}${what} at ${where}` });
  for (const a of ALWAYS) if (!actions.includes(a)) fail(`every outcome includes ${a}`, ': missing');
  if (actions.includes('inform-guardians') && actions.includes('do-not-contact-guardians')) fail('never both inform and do-not-contact guardians', ': both');
  if (o.disposition === 'consultation' && actions.includes('bekymringsmelding')) fail('a report is never only a consultation', ': consultation outcome carries a report');
  for (const rule of rules) {
    if (!holds(rule.when) || (rule.from && rank(o.disposition) > rank(rule.from))) continue;
    if (rule.atLeast && rank(o.disposition) > rank(rule.atLeast)) fail(rule.name, `: got ${o.disposition}`);
    for (const a of rule.include ?? []) if (!actions.includes(a)) fail(rule.name, `: missing ${a}`);
    for (const a of rule.exclude ?? []) if (actions.includes(a)) fail(rule.name, `: must not include ${a}`);
  }
  return failures;
}

/** Check every outcome reachable in the flow against its rules; returns the failures and which dispositions were reached. */
export function checkFlow(r: Runnable, rules: Rule[] = RULES[r.flow.id] ?? []): { failures: SafetyFailure[]; reached: Set<string>; complete: boolean } {
  const failures: SafetyFailure[] = [];
  const reached = new Set<string>();
  const { complete } = visitOutcomes(
    r,
    rules.map((x) => x.when),
    (visit) => {
      reached.add(visit.view.outcome?.disposition ?? '');
      failures.push(...check(visit, rules, (c) => evaluate(c, visit.view.facts)));
    },
    // The rules' conditions split the walk states further than the flow's own do: voksen had
    // ≈ 1,240,000 distinct states on 2026-12-02; since card-only questions stopped splitting them,
    // ≈ 420,000 with the question about a suspect outside the family (2026-12-03).
    { maxStates: 2_000_000 },
  );
  return { failures, reached, complete };
}

/**
 * The safety rules as problems of a flow file: one SAFETY_RULE error per outcome and rule broken, at
 * the outcome's line, with one answer sequence that reaches it (there are often thousands).
 */
export function safetyProblems(r: Runnable, loaded: Pick<LoadedFlow, 'file' | 'locate'>): Problem[] {
  const { failures, complete } = checkFlow(r);
  const index = indexNodes(r.flow.definition);
  const first = new Map<string, { failure: SafetyFailure; more: number }>();
  for (const f of failures) {
    const key = `${f.node}\u0000${f.rule}`;
    const seen = first.get(key);
    if (seen) seen.more++;
    else first.set(key, { failure: f, more: 0 });
  }
  const problems: Problem[] = [...first.values()].map(({ failure, more }) => {
    const path = index.get(failure.node)?.path ?? [];
    const others = more > 0 ? ` (and ${more} other answer sequence${more === 1 ? '' : 's'})` : '';
    return { code: 'SAFETY_RULE', severity: 'error', message: `breaks the safety rule «${failure.message}»${others}`, file: loaded.file, ...loaded.locate(path), path };
  });
  if (!complete) {
    problems.push({ code: 'SAFETY_RULE', severity: 'error', message: 'has too many distinct walk states to check every path against the safety rules: split a long checklist or simplify the rules that read it', file: loaded.file, line: 0, column: 0, path: [] });
  }
  return problems;
}
