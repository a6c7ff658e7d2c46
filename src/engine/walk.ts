import { getNextSnapshot, getInitialSnapshot } from 'xstate';
import type { LegalRef, Localized, SourceRef } from '../schema/common';
import type { Role } from '../schema/constants';
import type { FactValue, FlowNode, GuidanceNode, OutcomeNode, Phase, QuestionNode } from '../schema/flow';
import type { CompiledFlow } from './compiled';
import type { Facts } from './conditions';
import { indexNodes, type IndexedNode } from './graph';
import { createFlowMachine, type FlowMachine, type WalkEvent, type WalkSnapshot } from './machine';
import { resolveOutcome, type ResolvedOutcome } from './outcome';

/** A flow ready to walk: the compiled data, its machine and a node index, built once. */
export interface Runnable {
  flow: CompiledFlow;
  machine: FlowMachine;
  nodes: Map<string, IndexedNode>;
}

export function prepare(flow: CompiledFlow): Runnable {
  return { flow, machine: createFlowMachine(flow), nodes: indexNodes(flow.definition) };
}

export interface AnswerGiven {
  node: string;
  phase: Phase;
  prompt: Localized;
  fact: string;
  value: FactValue;
  /** The labels of the chosen option(s); for yes/no/unsure the value itself. */
  labels: Localized[];
}

export interface RuleApplied {
  node: string;
  rule: string;
  reason: Localized | undefined;
  legal: LegalRef[];
  sources: SourceRef[];
}

/** Why the walk ended where it did: the answers, the rules that fired, and every reference behind them. */
export interface Explanation {
  answers: AnswerGiven[];
  rules: RuleApplied[];
  legal: LegalRef[];
  sources: SourceRef[];
  /** The name of each municipal plan among the sources, by its seed file (the flow's list of plans). */
  plans: Record<string, Localized>;
}

export interface WalkView {
  flow: { id: string; version: string; hash: string; lawCheckedOn: string | undefined };
  nodeId: string;
  node: GuidanceNode | QuestionNode | OutcomeNode;
  phase: Phase;
  facts: Facts;
  canGoBack: boolean;
  /** How many answers and "continue" steps lie behind the current screen. */
  depth: number;
  /** After "back" (however far): the answer that was given here before, to show it pre-selected. */
  previousAnswer: FactValue | undefined;
  outcome: (ResolvedOutcome & { explanation: Explanation }) | undefined;
}

/**
 * The first screen of a walk on each prepared flow, worked out once. Every walk on a flow starts from
 * the same snapshot — snapshots are values, never changed in place — so the walk screen starts its
 * actor from this one instead of working out the machine's initial state again inside the user's tap.
 */
const starts = new WeakMap<Runnable, WalkSnapshot>();

export function startWalk(r: Runnable): WalkSnapshot {
  let start = starts.get(r);
  if (!start) starts.set(r, (start = getInitialSnapshot(r.machine)));
  return start;
}

export function step(r: Runnable, snapshot: WalkSnapshot, event: WalkEvent): WalkSnapshot {
  return getNextSnapshot(r.machine, snapshot, event);
}

export interface ViewOptions {
  /** Where the user works: the duties and their legal basis are shown for this role. */
  role?: Role | undefined;
}

/** What the current screen is. Decisions are passed through at once, so a walk always rests on a node a person sees. */
export function viewWalk(r: Runnable, snapshot: WalkSnapshot, opts: ViewOptions = {}): WalkView {
  const nodeId = String(snapshot.value);
  const entry = r.nodes.get(nodeId);
  if (!entry || entry.node.kind === 'decision') throw new Error(`walk rests on "${nodeId}", which is not a screen`);
  const node = entry.node;
  const { facts, history } = snapshot.context;
  const outcome = node.kind === 'outcome' ? { ...resolveOutcome(r.flow, node, facts, opts.role), explanation: explain(r, snapshot, opts) } : undefined;
  return {
    flow: { id: r.flow.id, version: r.flow.version, hash: r.flow.hash, lawCheckedOn: r.flow.lawCheckedOn },
    nodeId,
    node,
    phase: entry.phase,
    facts,
    canGoBack: history.length > 0,
    depth: history.length,
    previousAnswer: snapshot.context.undone[nodeId],
    outcome,
  };
}

export function explain(r: Runnable, snapshot: WalkSnapshot, opts: ViewOptions = {}): Explanation {
  const answers: AnswerGiven[] = [];
  const rules: RuleApplied[] = [];
  for (const t of snapshot.context.trail) {
    const entry = r.nodes.get(t.node);
    if (!entry) continue;
    if (t.kind === 'answer' && entry.node.kind === 'question') {
      answers.push({ node: t.node, phase: entry.phase, prompt: entry.node.prompt, fact: t.fact, value: t.value, labels: labelsFor(entry.node, t.value) });
    } else if (t.kind === 'rule' && entry.node.kind === 'decision') {
      const rule = entry.node.rules.find((x) => x.id === t.rule);
      rules.push(
        rule
          ? { node: t.node, rule: t.rule, reason: rule.reason, legal: rule.legal ?? [], sources: rule.sources ?? [] }
          : { node: t.node, rule: t.rule, reason: entry.node.otherwiseReason, legal: entry.node.legal ?? [], sources: entry.node.sources ?? [] },
      );
    }
  }
  const current = r.nodes.get(String(snapshot.value))?.node;
  const outcome = current?.kind === 'outcome' ? resolveOutcome(r.flow, current, snapshot.context.facts, opts.role) : undefined;
  const legal = uniqueLegal([...rules.flatMap((x) => x.legal), ...(current?.legal ?? []), ...(outcome?.actions.flatMap((a) => a.legal) ?? [])]);
  const sources = uniqueRefs([...rules.flatMap((x) => x.sources), ...(current?.sources ?? []), ...(outcome?.actions.flatMap((a) => a.sources) ?? [])]);
  const plans: Record<string, Localized> = {};
  for (const ref of sources) {
    if (!('seed' in ref)) continue;
    const plan = r.flow.vocabulary.seeds?.[ref.seed];
    if (plan) plans[ref.seed] = plan;
  }
  return { answers, rules, legal, sources, plans };
}

const YESNO_LABELS: Record<string, Localized> = {
  yes: { nb: 'Ja', nn: 'Ja', en: 'Yes' },
  no: { nb: 'Nei', nn: 'Nei', en: 'No' },
  unsure: { nb: 'Usikker', nn: 'Usikker', en: 'Unsure' },
};

export function labelsFor(q: QuestionNode, value: FactValue): Localized[] {
  const values = Array.isArray(value) ? value : [value];
  if (q.answer === 'yesno') return values.map((v) => YESNO_LABELS[v] ?? { en: v });
  return values.map((v) => q.options?.find((o) => o.value === v)?.label ?? { en: v });
}

/** One entry per law and section; a copy with a note wins over one without. */
function uniqueLegal(refs: LegalRef[]): LegalRef[] {
  const byKey = new Map<string, LegalRef>();
  for (const ref of refs) {
    const key = `${ref.law}|${ref.section ?? ''}`;
    const known = byKey.get(key);
    if (!known || (!known.note && ref.note)) byKey.set(key, known ? { ...known, ...ref } : ref);
  }
  return [...byKey.values()];
}

function uniqueRefs<T>(refs: T[]): T[] {
  const seen = new Set<string>();
  return refs.filter((x) => {
    const key = JSON.stringify(x);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function isScreen(node: FlowNode): node is GuidanceNode | QuestionNode | OutcomeNode {
  return node.kind !== 'decision';
}
