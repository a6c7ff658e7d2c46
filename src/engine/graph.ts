import { PHASES, type Phase } from '../schema/constants';
import type { FlowDefinition, FlowNode, QuestionNode } from '../schema/flow';

export interface IndexedNode {
  node: FlowNode;
  phase: Phase;
  /** Path of the node inside the definition, for problem locations. */
  path: (string | number)[];
}

export const YESNO_VALUES = ['yes', 'no', 'unsure'] as const;

/** All nodes by id, in the order they are written (a duplicate id keeps the first). */
export function indexNodes(def: Pick<FlowDefinition, 'phases'>): Map<string, IndexedNode> {
  const index = new Map<string, IndexedNode>();
  for (const phase of PHASES) {
    def.phases[phase].forEach((node, i) => {
      if (!index.has(node.id)) index.set(node.id, { node, phase, path: ['phases', phase, i] });
    });
  }
  return index;
}

/** The values a question can be answered with. */
export function answerValues(q: QuestionNode): string[] {
  return q.answer === 'yesno' ? [...YESNO_VALUES] : (q.options ?? []).map((o) => o.value);
}

export interface Edge {
  from: string;
  to: string | undefined;
  /** What takes this edge: an answer value, a rule id, "otherwise", "continue" or "any answer". */
  via: string;
  kind: 'answer' | 'rule' | 'otherwise' | 'continue';
  /** Where the edge's target is written, for problem locations. */
  path: (string | number)[];
}

/**
 * The ways on from a node. An edge with `to: undefined` is a way that is missing (a dead end);
 * the validator reports those, and the compiler only sees flows without them.
 */
export function edgesOf(node: FlowNode, at: (string | number)[]): Edge[] {
  switch (node.kind) {
    case 'guidance':
      return [{ from: node.id, to: node.next, via: 'continue', kind: 'continue', path: [...at, 'next'] }];
    case 'question': {
      const values = answerValues(node);
      // A choice without options (reported as OPTIONS_MISSING) still leads on to its `next`, so the
      // nodes after it are not reported as unreachable as well.
      if (node.answer === 'checklist' || values.length === 0) return [{ from: node.id, to: node.next, via: '*', kind: 'answer', path: [...at, 'next'] }];
      return values.map((v) => {
        const branch = node.branches?.[v];
        return branch !== undefined
          ? { from: node.id, to: branch, via: v, kind: 'answer' as const, path: [...at, 'branches', v] }
          : { from: node.id, to: node.next, via: v, kind: 'answer' as const, path: [...at, 'next'] };
      });
    }
    case 'decision':
      return [
        ...node.rules.map((r, i) => ({ from: node.id, to: r.next, via: r.id, kind: 'rule' as const, path: [...at, 'rules', i, 'next'] })),
        { from: node.id, to: node.otherwise, via: 'otherwise', kind: 'otherwise' as const, path: [...at, 'otherwise'] },
      ];
    case 'outcome':
      return [];
  }
}

/** Edges of the whole flow, in reading order. */
export function allEdges(index: Map<string, IndexedNode>): Edge[] {
  return [...index.values()].flatMap(({ node, path }) => edgesOf(node, path));
}

/** Distinct node ids reachable by one edge from `id`, ignoring missing targets. */
export function successors(index: Map<string, IndexedNode>, id: string): string[] {
  const entry = index.get(id);
  if (!entry) return [];
  return [...new Set(edgesOf(entry.node, entry.path).flatMap((e) => (e.to !== undefined && index.has(e.to) ? [e.to] : [])))];
}

/** Node ids reachable from `start` (breadth first, linear in nodes + edges). */
export function reachableFrom(index: Map<string, IndexedNode>, start: string): Set<string> {
  const seen = new Set<string>();
  if (!index.has(start)) return seen;
  const queue = [start];
  seen.add(start);
  while (queue.length > 0) {
    const id = queue.shift() as string;
    for (const next of successors(index, id)) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/** Node ids from which some outcome can be reached (reverse breadth first from the outcomes). */
export function canReachOutcome(index: Map<string, IndexedNode>): Set<string> {
  const preds = new Map<string, string[]>();
  for (const id of index.keys()) {
    for (const next of successors(index, id)) {
      const list = preds.get(next) ?? [];
      list.push(id);
      preds.set(next, list);
    }
  }
  const ok = new Set<string>();
  const queue: string[] = [];
  for (const [id, { node }] of index) {
    if (node.kind === 'outcome') {
      ok.add(id);
      queue.push(id);
    }
  }
  while (queue.length > 0) {
    const id = queue.shift() as string;
    for (const p of preds.get(id) ?? []) {
      if (!ok.has(p)) {
        ok.add(p);
        queue.push(p);
      }
    }
  }
  return ok;
}
