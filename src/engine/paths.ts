import type { Condition, Disposition, FactValue, QuestionNode } from '../schema/flow';
import { answerChoices, atomicConditions, cardOnlyQuestions, checklistClasses, liveAtoms } from './answers';
import { evaluate, type Facts } from './conditions';
import { resolveOutcome } from './outcome';
import { createStepper, type PlainState } from './stepper';
import type { WalkSnapshot } from './machine';
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

export interface OutcomeVisit {
  view: WalkView;
  /** One answer sequence that reaches this outcome with these watched facts. */
  answers: [string, FactValue][];
}

type Answers = [string, FactValue][];

/**
 * What exploring needs, built once per flow: the stepper, which answers to try at each question, and
 * the atomic tests that identify a walk state. A state is a node plus the truth of every test that can
 * still be made from there on (and of any watched condition): walks that agree on these go on alike,
 * so each is explored once. Checklist answers that leave every test reading their fact the same are
 * tried once, with a weight. A question only outcome cards read leaves its answer out of the state
 * (cardOnlyQuestions); an outcome stands for each of its answers (`variants`). Cost grows with
 * distinct states × answers, not with answer sequences.
 */
function explorer(r: Runnable, watch: Condition[] = []) {
  const def = r.flow.definition;
  const stepper = createStepper(r.nodes, def.start);
  // Checklist values named in watched conditions are tried too (they split the classes), or a watched
  // option would never be ticked.
  const classes = checklistClasses(def, watch);
  const cardOnly = cardOnlyQuestions(def);
  const routeAtom = (a: Condition): boolean => !('fact' in a && cardOnly.has(a.fact));
  // A card-only fact's answer is left out of the key (see cardOnlyQuestions); whether it was answered stays in.
  const live = new Map([...liveAtoms(def)].map(([node, atoms]) => [node, atoms.filter(routeAtom)]));
  const watchAtoms = watch.flatMap((c) => atomsOf(c));
  const watchKeyAtoms = watchAtoms.filter(routeAtom);
  const answeredAtoms = [...cardOnly.keys()].map((fact): Condition => ({ fact, answered: true }));
  const byFact = new Map<string, Condition[]>();
  for (const a of [...atomicConditions(def), ...watchAtoms]) {
    const fact = 'fact' in a ? a.fact : undefined;
    if (fact) byFact.set(fact, [...(byFact.get(fact) ?? []), a]);
  }
  const bits = (atoms: Condition[], facts: Facts): string => atoms.map((a) => (evaluate(a, facts) ? '1' : '0')).join('');
  const key = (s: PlainState): string => `${s.node}|${bits(live.get(s.node) ?? [], s.facts)}|${bits(answeredAtoms, s.facts)}|${bits(watchKeyAtoms, s.facts)}`;

  /** The answers to try here, each with how many equivalent answers it stands for. */
  const answersAt = (s: PlainState): { value: FactValue | undefined; weight: number }[] => {
    const node = r.nodes.get(s.node)?.node;
    if (node?.kind === 'guidance') return [{ value: undefined, weight: 1 }];
    if (node?.kind !== 'question') return [];
    const choices = answerChoices(node, classes);
    if (node.answer !== 'checklist') return choices;
    return groupByTests(node, choices, byFact.get(node.fact) ?? [], s.facts);
  };

  const groupByTests = (q: QuestionNode, choices: { value: FactValue; weight: number }[], atoms: Condition[], facts: Facts) => {
    const groups = new Map<string, { value: FactValue; weight: number }>();
    for (const { value, weight } of choices) {
      const k = bits(atoms, { ...facts, [q.fact]: value });
      const g = groups.get(k);
      if (g) g.weight += weight;
      else groups.set(k, { value, weight });
    }
    return [...groups.values()];
  };

  /**
   * The walks an outcome state stands for: one per combination of answers to the card-only questions
   * it answered (one answer for each way the tests read it — «no» and «unsure» are one where only
   * «yes» is named), with the answer sequence that gives it. Any answer there leads the same way, so
   * each sequence is a real walk to this outcome.
   */
  const variants = (s: PlainState, answers: Answers): [PlainState, Answers][] => {
    let out: [PlainState, Answers][] = [[s, answers]];
    for (const [fact, q] of cardOnly) {
      const at = answers.findIndex(([node]) => node === q.id);
      if (s.facts[fact] === undefined || at < 0) continue;
      const values = groupByTests(q, answerChoices(q, classes), byFact.get(fact) ?? [], s.facts).map((g) => g.value);
      out = out.flatMap(([st, ans]) => values.map((value): [PlainState, Answers] => [{ ...st, facts: { ...st.facts, [fact]: value } }, ans.map((x, i) => (i === at ? [q.id, value] : x))]));
    }
    return out;
  };

  const isOutcome = (s: PlainState): boolean => r.nodes.get(s.node)?.node.kind === 'outcome';
  return { stepper, key, answersAt, isOutcome, variants };
}

function atomsOf(c: Condition): Condition[] {
  if ('all' in c) return c.all.flatMap(atomsOf);
  if ('any' in c) return c.any.flatMap(atomsOf);
  if ('not' in c) return atomsOf(c.not);
  return [c];
}

/** Count every answer sequence from the start to an outcome, per outcome (see `explorer` for the cost). */
export function countPaths(r: Runnable, opts: { maxStates?: number } = {}): PathReport {
  const maxStates = opts.maxStates ?? 500_000;
  const { stepper, key, answersAt, isOutcome } = explorer(r);
  const memo = new Map<string, Map<string, number>>();
  const onStack = new Set<string>();
  const stuck: PathReport['stuck'] = [];
  let complete = true;

  const visit = (s: PlainState, answers: Answers): Map<string, number> => {
    const k = key(s);
    const known = memo.get(k);
    if (known) return known;
    if (onStack.has(k)) return new Map(); // a loop: simple paths only
    if (memo.size >= maxStates) {
      complete = false;
      return new Map();
    }
    onStack.add(k);
    const counts = new Map<string, number>();
    if (isOutcome(s)) counts.set(s.node, 1);
    else {
      for (const { value, weight } of answersAt(s)) {
        const nextAnswers: Answers = value === undefined ? answers : [...answers, [s.node, value]];
        const next = stepper.next(s, value);
        if (!next) {
          stuck.push({ node: s.node, answers: nextAnswers });
          continue;
        }
        for (const [o, n] of visit(next, nextAnswers)) counts.set(o, (counts.get(o) ?? 0) + n * weight);
      }
    }
    onStack.delete(k);
    memo.set(k, counts);
    return counts;
  };

  const first = stepper.start();
  if (!first) return { counts: new Map(), stuck: [{ node: r.flow.definition.start, answers: [] }], states: 0, complete };
  const counts = visit(first, []);
  return { counts, stuck, states: memo.size, complete };
}

/**
 * The machine's own view at the end of an answer sequence: what a person would see there. Exploring
 * is depth first, so the next sequence shares most of its answers with the last one: the machine is
 * resumed where the two part (kept per answer given), not replayed from the start each time.
 */
function replayer(r: Runnable): (answers: Answers) => WalkView {
  let last: Answers = [];
  /** restingAt[i]: the machine on the question that takes answers[i] of `last`. */
  const restingAt: WalkSnapshot[] = [];
  return (answers) => {
    let shared = 0;
    while (shared < answers.length && shared < last.length && answers[shared] === last[shared]) shared++;
    // Resume on the last question whose earlier answers are all shared (or at the start); what
    // follows it is recorded afresh.
    const from = Math.min(shared, restingAt.length - 1);
    let snapshot = from >= 0 ? restingAt[from]! : startWalk(r);
    let i = Math.max(from, 0);
    restingAt.length = i;
    let view = viewWalk(r, snapshot);
    while (!view.outcome) {
      if (view.node.kind === 'question' && restingAt.length === i) restingAt.push(snapshot);
      const answer = view.node.kind === 'question' ? answers[i++]?.[1] : undefined;
      const next = step(r, snapshot, answer === undefined ? { type: 'CONTINUE' } : { type: 'ANSWER', value: answer });
      if (next.context.history.length === snapshot.context.history.length) break;
      snapshot = next;
      view = viewWalk(r, snapshot);
    }
    last = answers;
    return view;
  };
}

/**
 * Walk every distinct state depth first; call `onOutcome` with one answer sequence per outcome state
 * reached, and per variant of it.
 */
function explore(r: Runnable, watch: Condition[], onOutcome: (s: PlainState, answers: Answers) => boolean, maxStates: number): { states: number; complete: boolean } {
  const { stepper, key, answersAt, isOutcome, variants } = explorer(r, watch);
  const seen = new Set<string>();
  let complete = true;
  let stop = false;
  const visit = (s: PlainState, answers: Answers): void => {
    const k = key(s);
    if (stop || seen.has(k)) return;
    if (seen.size >= maxStates) {
      complete = false;
      return;
    }
    seen.add(k);
    if (isOutcome(s)) {
      for (const [variant, variantAnswers] of variants(s, answers)) if (!stop) stop = !onOutcome(variant, variantAnswers);
      return;
    }
    for (const { value } of answersAt(s)) {
      const next = stepper.next(s, value);
      if (next) visit(next, value === undefined ? answers : [...answers, [s.node, value]]);
    }
  };
  const first = stepper.start();
  if (first) visit(first, []);
  return { states: seen.size, complete };
}

/**
 * List answer sequences to outcomes (one per distinct walk state and variant), stopping at `limit`
 * paths.
 */
export function listPaths(r: Runnable, limit = 1000): { paths: WalkPath[]; truncated: boolean } {
  const paths: WalkPath[] = [];
  let truncated = false;
  const replay = replayer(r);
  explore(r, [], (s, answers) => {
    if (paths.length >= limit) {
      truncated = true;
      return false;
    }
    paths.push({ answers, outcome: s.node, view: replay(answers) });
    return true;
  }, 500_000);
  return { paths, truncated };
}

/**
 * Visit every outcome a walk can reach, once per distinct combination of the `watch` conditions
 * (plus whatever can still change the walk). An invariant written as conditions over facts can
 * then be checked on every path without enumerating the paths themselves. Each visit carries the
 * machine's own view, replayed from the answers.
 */
export function visitOutcomes(r: Runnable, watch: Condition[], onOutcome: (v: OutcomeVisit) => void, opts: { maxStates?: number } = {}): { states: number; complete: boolean } {
  const replay = replayer(r);
  return explore(r, watch, (_s, answers) => {
    onOutcome({ view: replay(answers), answers });
    return true;
  }, opts.maxStates ?? 500_000);
}

/** The fewest answers from the start to an outcome with this disposition (breadth first over answers). */
export function fewestAnswersTo(r: Runnable, disposition: Disposition, maxAnswers = 6): number | undefined {
  const { stepper, answersAt } = explorer(r);
  let frontier: PlainState[] = [];
  const first = stepper.start();
  if (first) frontier.push(first);
  for (let answers = 0; answers <= maxAnswers; answers++) {
    const next: PlainState[] = [];
    for (let s of frontier) {
      // Guidance screens cost a tap but no answer: pass them.
      for (let hops = 0; r.nodes.get(s.node)?.node.kind === 'guidance' && hops < r.nodes.size; hops++) {
        const on = stepper.next(s, undefined);
        if (!on) break;
        s = on;
      }
      const node = r.nodes.get(s.node)?.node;
      if (node?.kind === 'outcome' && resolveOutcome(r.flow, node, s.facts).disposition === disposition) return answers;
      if (node?.kind === 'question') for (const { value } of answersAt(s)) {
        const on = stepper.next(s, value);
        if (on) next.push(on);
      }
    }
    frontier = next;
  }
  return undefined;
}
