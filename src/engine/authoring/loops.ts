import { canReachOutcome, edgesOf, type Edge, type IndexedNode } from '../graph';
import type { Problem } from '../problems';
import type { YamlSource } from '../yaml-source';

/**
 * Edges that lead back to a node already on the way from the start: a loop that has a way out (one
 * without is CYCLE_WITHOUT_OUTCOME). Nothing breaks on it — the walk, the stepper and the path
 * explorer all cope, and the later answer wins — but a worried person is asked again what they have
 * already answered, and countPaths counts simple paths only, so it is a warning. No shipped flow
 * has one; a tiltakskort goes forward, SE → SPØR → AVKLAR → HANDLE.
 */
export function loopProblems(src: YamlSource, index: Map<string, IndexedNode>, start: string): Problem[] {
  const ok = canReachOutcome(index);
  const state = new Map<string, 'open' | 'done'>();
  const back: Edge[] = [];
  // Depth first, iteratively: a long flow must not overflow the stack.
  const stack: { id: string; edges: Edge[]; next: number }[] = [];
  const enter = (id: string): void => {
    const entry = index.get(id);
    if (!entry) return;
    state.set(id, 'open');
    stack.push({ id, edges: edgesOf(entry.node, entry.path), next: 0 });
  };
  enter(start);
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as (typeof stack)[number];
    const edge = top.edges[top.next++];
    if (edge === undefined) {
      state.set(top.id, 'done');
      stack.pop();
    } else if (edge.to !== undefined && index.has(edge.to)) {
      const seen = state.get(edge.to);
      if (seen === 'open' && ok.has(edge.to)) back.push(edge);
      else if (seen === undefined) enter(edge.to);
    }
  }
  return backEdgeProblems(src, index, back);
}

/** One problem per place a back edge is written: answers sharing one `next` are one mistake. */
function backEdgeProblems(src: YamlSource, index: Map<string, IndexedNode>, back: Edge[]): Problem[] {
  const byPlace = new Map<string, Edge[]>();
  for (const e of back) byPlace.set(e.path.join('.'), [...(byPlace.get(e.path.join('.')) ?? []), e]);
  return [...byPlace.values()].map((edges) => {
    const { from, to, kind, path } = edges[0] as Edge;
    const target = index.get(to ?? '')?.node;
    const again = target?.kind === 'question' ? `would be asked "${to}" again` : `would come back to "${to}" and be asked again what they have already answered`;
    const who = {
      answer: edges[0]?.via === '*' ? 'answers it' : `answers ${edges.map((e) => `"${e.via}"`).join(' or ')}`,
      rule: `is routed by the rule "${edges[0]?.via ?? ''}"`,
      otherwise: 'is routed here when no rule holds',
      continue: 'reads it and goes on',
    }[kind];
    return src.problem('LOOP', 'warning', `"${from}" leads back to "${to}": a user who ${who} ${again}; lead on to a later node instead, so each question is asked once`, path);
  });
}
