import type { FlowDefinition } from '../../schema/flow';
import { allEdges, canReachOutcome, indexNodes, reachableFrom, successors, type IndexedNode } from '../graph';
import { didYouMean } from '../closest';
import type { Problem } from '../problems';
import type { YamlSource } from '../yaml-source';
import { loopProblems } from './loops';

/** Ids, targets, reachability, dead ends, loops (with and without a way out), outcomes without a disposition. */
export function graphProblems(src: YamlSource, def: FlowDefinition): Problem[] {
  const problems: Problem[] = [];
  const index = indexNodes(def);

  problems.push(...duplicateIds(src, def));

  if (!index.has(def.start)) problems.push(src.problem('UNKNOWN_TARGET', 'error', `start node "${def.start}" does not exist`, ['start']));

  // Each answer of a question is an edge of its own, but a misspelt `next` they share is one mistake.
  const unknownAt = new Set<string>();
  for (const edge of allEdges(index)) {
    if (edge.to === undefined) {
      const what = edge.kind === 'otherwise' ? 'no "otherwise" for when no rule holds' : edge.kind === 'continue' ? 'no "next"' : `no way on after the answer "${edge.via}"`;
      const at = edge.kind === 'answer' ? index.get(edge.from)?.path ?? [] : edge.path.slice(0, -1);
      problems.push(src.problem('DEAD_END', 'error', `"${edge.from}" is a dead end: ${what}`, at));
    } else if (!index.has(edge.to)) {
      const at = edge.path.join('.');
      if (unknownAt.has(at)) continue;
      unknownAt.add(at);
      problems.push(src.problem('UNKNOWN_TARGET', 'error', `"${edge.from}" leads to "${edge.to}", which does not exist${suggest(edge.to, index)}`, edge.path));
    }
  }

  // Where the graph goes is only known once every target exists: a misspelt `next` would otherwise
  // also make everything after it «unreachable», or a loop whose way out it is «without an outcome».
  const reachable = reachableFrom(index, def.start);
  if (unknownAt.size === 0 && index.has(def.start)) {
    for (const [id, { path }] of index) {
      if (!reachable.has(id)) problems.push(src.problem('UNREACHABLE', 'error', `"${id}" can never be reached from the start "${def.start}"`, path));
    }
    problems.push(...trappedCycles(src, index, reachable), ...loopProblems(src, index, def.start));
  }

  for (const [id, { node, path }] of index) {
    if (node.kind === 'outcome' && node.disposition === undefined) {
      problems.push(src.problem('OUTCOME_WITHOUT_DISPOSITION', 'error', `outcome "${id}" has no disposition (acute, avvergeplikt, bekymringsmelding or consultation)`, path));
    }
    if (node.kind === 'outcome' && node.headline && node.disposition !== undefined && node.disposition !== 'consultation') {
      problems.push(src.problem('HEADLINE_NOT_ALLOWED', 'error', `outcome "${id}" words its own headline, but only a consultation outcome may: the heading at the level "${node.disposition}" is the vocabulary's, the same on every outcome, so no flow can soften it`, [...path, 'headline']));
    }
  }
  return problems;
}

function duplicateIds(src: YamlSource, def: FlowDefinition): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const [phase, nodes] of Object.entries(def.phases)) {
    nodes.forEach((node, i) => {
      if (seen.has(node.id)) problems.push(src.problem('DUPLICATE_ID', 'error', `node id "${node.id}" is used more than once`, ['phases', phase, i, 'id']));
      seen.add(node.id);
      if (node.kind === 'decision') problems.push(...duplicatesIn(src, node.rules.map((r) => r.id), ['phases', phase, i, 'rules'], 'rule id'));
      if (node.kind === 'question' && node.options) problems.push(...duplicatesIn(src, node.options.map((o) => o.value), ['phases', phase, i, 'options'], 'option value', 'value'));
    });
  }
  return problems;
}

function duplicatesIn(src: YamlSource, ids: string[], at: (string | number)[], what: string, key = 'id'): Problem[] {
  const seen = new Set<string>();
  return ids.flatMap((id, i) => {
    const dup = seen.has(id);
    seen.add(id);
    return dup ? [src.problem('DUPLICATE_ID', 'error', `${what} "${id}" is used more than once`, [...at, i, key])] : [];
  });
}

/** Reachable nodes that sit on a loop with no way out to any outcome: a walk there could never finish. */
function trappedCycles(src: YamlSource, index: Map<string, IndexedNode>, reachable: Set<string>): Problem[] {
  const ok = canReachOutcome(index);
  const trapped = new Set([...reachable].filter((id) => !ok.has(id)));
  const reported = new Set<string>();
  const problems: Problem[] = [];
  for (const id of trapped) {
    if (reported.has(id)) continue;
    const inLoop = reachableWithin(index, trapped, id);
    if (!inLoop.has(id)) continue;
    inLoop.forEach((x) => reported.add(x));
    const loop = [id, ...[...inLoop].filter((x) => x !== id && reachableWithin(index, trapped, x).has(id))];
    problems.push(src.problem('CYCLE_WITHOUT_OUTCOME', 'error', `the loop ${loop.map((x) => `"${x}"`).join(' → ')} never reaches an outcome`, index.get(id)?.path ?? []));
  }
  return problems;
}

/** Nodes reachable from `from` in one or more steps without leaving `within`. */
function reachableWithin(index: Map<string, IndexedNode>, within: Set<string>, from: string): Set<string> {
  const seen = new Set<string>();
  const stack = successors(index, from).filter((x) => within.has(x));
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const n of successors(index, id)) if (within.has(n) && !seen.has(n)) stack.push(n);
  }
  return seen;
}

function suggest(target: string, index: Map<string, IndexedNode>): string {
  return didYouMean(target, index.keys());
}
