import type { FactValue } from '../schema/flow';
import { evaluate, type Facts } from './conditions';
import { answerValues, type IndexedNode } from './graph';

/** Where a walk rests (never on a decision) and what it knows. */
export interface PlainState {
  node: string;
  facts: Facts;
}

/**
 * The flow's semantics as plain functions over node and facts, for exploring millions of answer
 * sequences quickly. It mirrors the compiled machine exactly (answers set facts, branches or `next`,
 * decisions take their first rule that holds, else `otherwise`); the model-based tests check the two
 * agree on every path, and everything a person sees still comes from the machine.
 */
export function createStepper(nodes: Map<string, IndexedNode>, start: string) {
  /** Pass through decisions to the next screen; undefined when a decision loops or leads nowhere. */
  const settle = (node: string | undefined, facts: Facts): PlainState | undefined => {
    for (let hops = 0; node !== undefined && hops <= nodes.size; hops++) {
      const entry = nodes.get(node);
      if (!entry) return undefined;
      if (entry.node.kind !== 'decision') return { node, facts };
      node = entry.node.rules.find((r) => evaluate(r.when, facts))?.next ?? entry.node.otherwise;
    }
    return undefined;
  };
  return {
    start: (): PlainState | undefined => settle(start, {}),
    /** The state after an answer (questions) or "continue" (guidance, `value` undefined); undefined if refused or stuck. */
    next(state: PlainState, value: FactValue | undefined): PlainState | undefined {
      const node = nodes.get(state.node)?.node;
      if (node?.kind === 'guidance') return value === undefined ? settle(node.next, state.facts) : undefined;
      if (node?.kind !== 'question' || value === undefined) return undefined;
      const offered = answerValues(node);
      const ok = node.answer === 'checklist' ? Array.isArray(value) && value.every((v) => offered.includes(v)) : typeof value === 'string' && offered.includes(value);
      if (!ok) return undefined;
      const facts = { ...state.facts, [node.fact]: Array.isArray(value) ? [...new Set(value)] : value };
      return settle(typeof value === 'string' ? node.branches?.[value] ?? node.next : node.next, facts);
    },
  };
}

export type Stepper = ReturnType<typeof createStepper>;
