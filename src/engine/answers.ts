import type { Condition, FactValue, FlowDefinition, FlowNode, QuestionNode } from '../schema/flow';
import { factsRead } from './conditions';
import { answerValues, indexNodes, reachableFrom } from './graph';
import type { WalkEvent } from './machine';

/**
 * The option values of each checklist fact that some condition reads, in classes of values that every
 * condition treats alike: a test that names one value of a class names all of them. Ticking one value
 * of a class or several changes no test, so one value stands for its class, and the subsets of classes
 * cover every distinct behaviour of a checklist. A list a rule names whole («any sign at all») is then
 * one class more, not eighteen options. `extra` conditions (watched ones) split classes too.
 */
export function checklistClasses(def: FlowDefinition, extra: Condition[] = []): Map<string, string[][]> {
  const conditions: Condition[] = [...extra];
  for (const { node } of indexNodes(def).values()) conditions.push(...conditionsOf(node));
  // For each fact and value: which of the tests reading that fact name it (its signature).
  const signatures = new Map<string, Map<string, number[]>>();
  conditions.flatMap((c) => factsRead(c)).forEach((read, i) => {
    const byValue = signatures.get(read.fact) ?? signatures.set(read.fact, new Map()).get(read.fact)!;
    for (const v of read.values) byValue.set(v, [...(byValue.get(v) ?? []), i]);
  });
  const out = new Map<string, string[][]>();
  for (const [fact, byValue] of signatures) {
    const classes = new Map<string, string[]>();
    for (const [value, sig] of byValue) {
      const k = sig.join(',');
      classes.set(k, [...(classes.get(k) ?? []), value]);
    }
    out.set(fact, [...classes.values()]);
  }
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

/**
 * Facts that only outcome cards read (never a decision), each set by a single question that does not
 * branch on its answer — mapped to that question. Where a walk goes never depends on them, so
 * exploring need not tell walks apart by their answers: it keeps only whether each was answered and
 * visits each outcome once per combination of their answers instead. A yes/no question that only
 * adds a card («is the suspect outside the family?») then costs a few outcome visits, not a second
 * copy of every state after it.
 */
export function cardOnlyQuestions(def: FlowDefinition): Map<string, QuestionNode> {
  const routeFacts = new Set<string>();
  const cardFacts = new Set<string>();
  const askedBy = new Map<string, QuestionNode[]>();
  for (const { node } of indexNodes(def).values()) {
    if (node.kind === 'decision') node.rules.forEach((r) => factsRead(r.when).forEach((x) => routeFacts.add(x.fact)));
    if (node.kind === 'outcome') conditionsOf(node).forEach((c) => factsRead(c).forEach((x) => cardFacts.add(x.fact)));
    if (node.kind === 'question') askedBy.set(node.fact, [...(askedBy.get(node.fact) ?? []), node]);
  }
  const out = new Map<string, QuestionNode>();
  for (const fact of cardFacts) {
    const [q, ...more] = askedBy.get(fact) ?? [];
    if (q && more.length === 0 && !routeFacts.has(fact) && Object.keys(q.branches ?? {}).length === 0) out.set(fact, q);
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

/** Above this many classes of relevant checklist options, exploration tries each alone, none and all, not every subset. */
export const MAX_SUBSET_OPTIONS = 10;

/**
 * The answers worth trying at a question, each with how many answers it stands for: every value, or
 * one subset of a checklist's option classes (a class by its first value) for every distinct
 * behaviour. A subset of classes stands for every way of ticking at least one value of each of them,
 * so the weights add up to the number of subsets of the relevant options.
 */
export function answerChoices(q: QuestionNode, classes: Map<string, string[][]>): { value: FactValue; weight: number }[] {
  if (q.answer !== 'checklist') return answerValues(q).map((value) => ({ value, weight: 1 }));
  const offered = new Set(answerValues(q));
  const present = (classes.get(q.fact) ?? []).map((c) => c.filter((v) => offered.has(v))).filter((c) => c.length > 0);
  const ways = (c: string[]): number => 2 ** c.length - 1;
  const picks: string[][][] =
    present.length <= MAX_SUBSET_OPTIONS
      ? Array.from({ length: 2 ** present.length }, (_, mask) => present.filter((_c, i) => mask & (1 << i)))
      : [[], ...present.map((c) => [c]), present];
  return picks.map((chosen) => ({ value: chosen.map((c) => c[0]!), weight: chosen.reduce((w, c) => w * ways(c), 1) }));
}

/** The answers worth trying at a question, as events (see answerChoices). */
export function answerEvents(q: QuestionNode, classes: Map<string, string[][]>): WalkEvent[] {
  return answerChoices(q, classes).map(({ value }) => ({ type: 'ANSWER', value }));
}
