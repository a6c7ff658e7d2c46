import type { Condition, FlowDefinition, FlowNode, QuestionNode } from '../schema/flow';
import { factsRead } from './conditions';
import { answerValues, indexNodes, reachableFrom } from './graph';
import type { WalkEvent } from './machine';

/**
 * The option values of each checklist fact that some condition reads. Only these can change where a
 * walk goes, so exploring every subset of them covers every distinct behaviour of a checklist.
 */
export function relevantChecklistValues(def: FlowDefinition): Map<string, string[]> {
  const conditions: Condition[] = [];
  for (const { node } of indexNodes(def).values()) {
    if (node.kind === 'decision') node.rules.forEach((r) => conditions.push(r.when));
    if (node.kind === 'outcome') node.actions.forEach((a) => a.if && conditions.push(a.if));
  }
  const read = new Map<string, Set<string>>();
  for (const c of conditions) for (const r of factsRead(c)) r.values.forEach((v) => read.set(r.fact, (read.get(r.fact) ?? new Set()).add(v)));
  const out = new Map<string, string[]>();
  for (const [fact, values] of read) out.set(fact, [...values]);
  return out;
}

/**
 * Every atomic test (fact is / in / includes / answered) any condition in the flow makes. Where a walk
 * goes next depends only on the node and on which of these hold, so walks that agree on them can be
 * explored once: this keeps path work proportional to distinct behaviours, not to answer sequences.
 */
export function atomicConditions(def: FlowDefinition): Condition[] {
  const atoms = new Map<string, Condition>();
  for (const { node } of indexNodes(def).values()) for (const c of conditionsOf(node)) atomsOf(c).forEach((a) => atoms.set(JSON.stringify(a), a));
  return [...atoms.values()];
}

/**
 * For each node, the atomic tests that can still be made from there on (by it or any node after it).
 * Tests that can no longer be made do not matter for where the walk goes, so they are left out of
 * the key that identifies a walk state.
 */
export function liveAtoms(def: FlowDefinition): Map<string, Condition[]> {
  const index = indexNodes(def);
  const own = new Map<string, Map<string, Condition>>();
  for (const [id, { node }] of index) {
    const m = new Map<string, Condition>();
    for (const c of conditionsOf(node)) atomsOf(c).forEach((a) => m.set(JSON.stringify(a), a));
    own.set(id, m);
  }
  const out = new Map<string, Condition[]>();
  for (const id of index.keys()) {
    const m = new Map<string, Condition>();
    for (const reached of reachableFrom(index, id)) for (const [k, a] of own.get(reached) ?? []) m.set(k, a);
    out.set(id, [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, a]) => a));
  }
  return out;
}

function conditionsOf(node: FlowNode): Condition[] {
  if (node.kind === 'decision') return node.rules.map((r) => r.when);
  if (node.kind === 'outcome') return node.actions.flatMap((a) => (a.if ? [a.if] : []));
  return [];
}

function atomsOf(c: Condition, out: Condition[] = []): Condition[] {
  if ('all' in c) c.all.forEach((x) => atomsOf(x, out));
  else if ('any' in c) c.any.forEach((x) => atomsOf(x, out));
  else if ('not' in c) atomsOf(c.not, out);
  else out.push(c);
  return out;
}

/** Above this many relevant checklist options, exploration tries each alone, none and all, not every subset. */
export const MAX_SUBSET_OPTIONS = 10;

/** The answers worth trying at a question: every value, or every distinct subset of a checklist's relevant options. */
export function answerEvents(q: QuestionNode, relevant: Map<string, string[]>): WalkEvent[] {
  if (q.answer !== 'checklist') return answerValues(q).map((value) => ({ type: 'ANSWER', value }));
  const offered = answerValues(q);
  const values = (relevant.get(q.fact) ?? []).filter((v) => offered.includes(v));
  const subsets: string[][] =
    values.length <= MAX_SUBSET_OPTIONS
      ? Array.from({ length: 2 ** values.length }, (_, mask) => values.filter((_v, i) => mask & (1 << i)))
      : [[], ...values.map((v) => [v]), values];
  return subsets.map((value) => ({ type: 'ANSWER', value }));
}
