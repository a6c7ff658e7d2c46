import type { FactValue } from '../schema/flow';
import { answerEvents, atomicConditions, liveAtoms, relevantChecklistValues } from './answers';
import type { Condition } from '../schema/flow';
import { evaluate, factsRead as factsReadBy, type Facts } from './conditions';
import type { WalkEvent, WalkSnapshot } from './machine';
import { startWalk, step, viewWalk, type Runnable, type WalkView } from './walk';

export interface WalkPath {
  /** The answers given, in order: [question id, answer]. Guidance steps are implied. */
  answers: [string, FactValue][];
  outcome: string;
  view: WalkView;
}

export interface PathReport {
  /** Outcome id → number of distinct answer sequences that end there. */
  counts: Map<string, number>;
  /** Screens where a walk got stuck (an answer was refused or no way on): never expected after validation. */
  stuck: { node: string; answers: [string, FactValue][] }[];
  /** Distinct walk states explored; work grows with these, not with the number of paths. */
  states: number;
  /** False when exploration stopped at the state limit. */
  complete: boolean;
}

/**
 * Count every answer sequence from the start to an outcome, remembering the count per walk state so
 * that shared tails are counted once (cost grows with distinct states, not with paths).
 */
export function countPaths(r: Runnable, opts: { maxStates?: number } = {}): PathReport {
  const maxStates = opts.maxStates ?? 200_000;
  const relevant = relevantChecklistValues(r.flow.definition);
  const stateKey = keyer(r);
  const atoms = atomicConditions(r.flow.definition);
  const factsKey = (facts: Facts): string => atoms.map((a) => (evaluate(a, facts) ? '1' : '0')).join('');
  const memo = new Map<string, Map<string, number>>();
  const onStack = new Set<string>();
  const stuck: PathReport['stuck'] = [];
  let complete = true;

  const visit = (snapshot: WalkSnapshot, answers: [string, FactValue][]): Map<string, number> => {
    const key = stateKey(snapshot);
    const known = memo.get(key);
    if (known) return known;
    if (onStack.has(key)) return new Map(); // a loop: simple paths only
    if (memo.size >= maxStates) {
      complete = false;
      return new Map();
    }
    onStack.add(key);
    const counts = new Map<string, number>();
    const view = viewWalk(r, snapshot);
    if (view.outcome) counts.set(view.nodeId, 1);
    else {
      for (const { event, answer, weight } of groupedEvents(view, relevant, factsKey)) {
        const next = step(r, snapshot, event);
        const nextAnswers: [string, FactValue][] = answer === undefined ? answers : [...answers, [view.nodeId, answer]];
        if (next.context.history.length === snapshot.context.history.length) {
          stuck.push({ node: view.nodeId, answers: nextAnswers });
          continue;
        }
        for (const [o, n] of visit(next, nextAnswers)) counts.set(o, (counts.get(o) ?? 0) + n * weight);
      }
    }
    onStack.delete(key);
    memo.set(key, counts);
    return counts;
  };

  const counts = visit(startWalk(r), []);
  return { counts, stuck, states: memo.size, complete };
}

/** List answer sequences to outcomes, depth first, stopping at `limit` paths. */
export function listPaths(r: Runnable, limit = 1000): { paths: WalkPath[]; truncated: boolean } {
  const relevant = relevantChecklistValues(r.flow.definition);
  const stateKey = keyer(r);
  const paths: WalkPath[] = [];
  let truncated = false;
  const seen = new Set<string>();
  const walk = (snapshot: WalkSnapshot, answers: [string, FactValue][]): void => {
    if (paths.length >= limit) {
      truncated = true;
      return;
    }
    const view = viewWalk(r, snapshot);
    if (view.outcome) {
      paths.push({ answers, outcome: view.nodeId, view });
      return;
    }
    const key = stateKey(snapshot);
    if (seen.has(key)) return;
    seen.add(key);
    for (const { event, answer } of eventsAt(view, relevant)) {
      const next = step(r, snapshot, event);
      if (next.context.history.length === snapshot.context.history.length) continue;
      walk(next, answer === undefined ? answers : [...answers, [view.nodeId, answer]]);
    }
    seen.delete(key);
  };
  walk(startWalk(r), []);
  return { paths, truncated };
}

/**
 * The answers at a screen, with answers that leave every atomic test the same merged into one
 * (weighted by how many they stand for): a checklist of ten options is then stepped a handful of
 * times, not a thousand.
 */
function groupedEvents(view: WalkView, relevant: Map<string, string[]>, factsKey: (f: Facts) => string): { event: WalkEvent; answer: FactValue | undefined; weight: number }[] {
  const events = eventsAt(view, relevant);
  if (view.node.kind !== 'question' || view.node.answer !== 'checklist') return events.map((e) => ({ ...e, weight: 1 }));
  const fact = view.node.fact;
  const groups = new Map<string, { event: WalkEvent; answer: FactValue | undefined; weight: number }>();
  for (const e of events) {
    const key = factsKey({ ...view.facts, [fact]: e.answer ?? [] });
    const g = groups.get(key);
    if (g) g.weight++;
    else groups.set(key, { ...e, weight: 1 });
  }
  return [...groups.values()];
}

function eventsAt(view: WalkView, relevant: Map<string, string[]>): { event: WalkEvent; answer: FactValue | undefined }[] {
  if (view.node.kind === 'guidance') return [{ event: { type: 'CONTINUE' }, answer: undefined }];
  if (view.node.kind === 'question') {
    return answerEvents(view.node, relevant).map((event) => ({ event, answer: event.type === 'ANSWER' ? event.value : undefined }));
  }
  return [];
}

/** Where a walk is and which atomic tests hold: two walks with equal keys go on identically. */
function keyer(r: Runnable): (s: WalkSnapshot) => string {
  const live = liveAtoms(r.flow.definition);
  return (s) => {
    const node = String(s.value);
    return `${node}|${(live.get(node) ?? []).map((a) => (evaluate(a, s.context.facts) ? '1' : '0')).join('')}`;
  };
}

export interface OutcomeVisit {
  view: WalkView;
  /** One answer sequence that reaches this outcome with these watched facts. */
  answers: [string, FactValue][];
}

/**
 * Visit every outcome a walk can reach, once per distinct combination of the `watch` conditions
 * (plus whatever can still change the walk). An invariant written as conditions over facts can
 * then be checked on every path without enumerating the paths themselves.
 */
export function visitOutcomes(r: Runnable, watch: Condition[], onOutcome: (v: OutcomeVisit) => void, opts: { maxStates?: number } = {}): { states: number; complete: boolean } {
  const maxStates = opts.maxStates ?? 500_000;
  const relevant = relevantChecklistValues(r.flow.definition);
  const live = liveAtoms(r.flow.definition);
  // Checklist values named in watched conditions must be tried too, or a watched option would never be ticked.
  for (const c of watch) {
    for (const read of factsReadBy(c)) relevant.set(read.fact, [...new Set([...(relevant.get(read.fact) ?? []), ...read.values])]);
  }
  const key = (s: WalkSnapshot): string => {
    const node = String(s.value);
    const bits = [...(live.get(node) ?? []), ...watch].map((a) => (evaluate(a, s.context.facts) ? '1' : '0')).join('');
    return `${node}|${bits}`;
  };
  const allAtoms = [...atomicConditions(r.flow.definition), ...watch];
  const factsKey = (facts: Facts): string => allAtoms.map((a) => (evaluate(a, facts) ? '1' : '0')).join('');
  const seen = new Set<string>();
  let complete = true;
  const visit = (snapshot: WalkSnapshot, answers: [string, FactValue][]): void => {
    const k = key(snapshot);
    if (seen.has(k)) return;
    if (seen.size >= maxStates) {
      complete = false;
      return;
    }
    seen.add(k);
    const view = viewWalk(r, snapshot);
    if (view.outcome) {
      onOutcome({ view, answers });
      return;
    }
    for (const { event, answer } of groupedEvents(view, relevant, factsKey)) {
      const next = step(r, snapshot, event);
      if (next.context.history.length === snapshot.context.history.length) continue;
      visit(next, answer === undefined ? answers : [...answers, [view.nodeId, answer]]);
    }
  };
  visit(startWalk(r), []);
  return { states: seen.size, complete };
}

/** The shortest number of answers from the start to an outcome with this disposition (breadth first). */
export function fewestAnswersTo(r: Runnable, disposition: string, maxAnswers = 6): number | undefined {
  const relevant = relevantChecklistValues(r.flow.definition);
  let frontier: WalkSnapshot[] = [startWalk(r)];
  for (let answers = 0; answers <= maxAnswers; answers++) {
    const next: WalkSnapshot[] = [];
    for (let s of frontier) {
      // Guidance screens cost a tap but no answer; pass them.
      let view = viewWalk(r, s);
      while (view.node.kind === 'guidance') {
        s = step(r, s, { type: 'CONTINUE' });
        view = viewWalk(r, s);
      }
      if (view.outcome?.disposition === disposition) return answers;
      if (view.node.kind === 'question') for (const { event } of eventsAt(view, relevant)) next.push(step(r, s, event));
    }
    frontier = next;
  }
  return undefined;
}
