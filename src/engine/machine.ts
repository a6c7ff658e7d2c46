import { assign, setup, type SnapshotFrom } from 'xstate';
import type { Condition, FactValue, FlowNode, Phase } from '../schema/flow';
import type { CompiledFlow } from './compiled';
import { evaluate, type Facts } from './conditions';
import { answerValues, indexNodes } from './graph';

/** One step on the way through a flow, as remembered for the explanation. */
export type TrailEntry =
  | { kind: 'answer'; node: string; fact: string; value: FactValue }
  | { kind: 'continue'; node: string }
  | { kind: 'rule'; node: string; rule: string };

/** What the walk remembers so that "back" restores the screen before the last step exactly. */
interface HistoryEntry {
  node: string;
  facts: Facts;
  trail: TrailEntry[];
}

export interface WalkContext {
  facts: Facts;
  trail: TrailEntry[];
  history: HistoryEntry[];
  /**
   * Every answer "back" has taken away, by question, until the walk starts again: going back to check
   * an earlier screen and forward again shows each later question as it was answered, so ticks made
   * further on are not silently lost (a lost «Fysisk vold» could lower the outcome).
   */
  undone: Readonly<Record<string, FactValue>>;
}

export type WalkEvent =
  | { type: 'ANSWER'; value: FactValue }
  | { type: 'CONTINUE' }
  | { type: 'BACK' }
  | { type: 'RESTART' };

/** The state that "back" passes through to find the node it returns to; never shown to a user. */
export const BACK_STATE = '__back';

const emptyContext = (): WalkContext => ({ facts: {}, trail: [], history: [], undone: {} });

const push = (context: WalkContext, node: string): HistoryEntry[] => [
  ...context.history,
  { node, facts: context.facts, trail: context.trail },
];

/**
 * The named guards and actions every flow machine uses. Flows refer to them by name with
 * parameters, so a definition stays plain data and xstate/graph can traverse the machine.
 */
const flowSetup = setup({
  types: { context: {} as WalkContext, events: {} as WalkEvent },
  guards: {
    answerIs: ({ event }, params: { value: string }) => event.type === 'ANSWER' && event.value === params.value,
    checklistOf: ({ event }, params: { values: string[] }) =>
      event.type === 'ANSWER' && Array.isArray(event.value) && event.value.every((v) => params.values.includes(v)),
    rule: ({ context }, params: { when: Condition }) => evaluate(params.when, context.facts),
    canGoBack: ({ context }) => context.history.length > 0,
    backTo: ({ context }, params: { node: string }) => context.history.at(-1)?.node === params.node,
  },
  actions: {
    recordAnswer: assign(({ context, event }, params: { node: string; fact: string }) => {
      if (event.type !== 'ANSWER') return {};
      // A checklist answer is stored in the options' written order, so equal answers compare equal.
      const value = Array.isArray(event.value) ? [...new Set(event.value)] : event.value;
      // Answered now: the remembered answer here is spent (going back over it remembers it again).
      const { [params.node]: _spent, ...undone } = context.undone;
      return {
        undone,
        history: push(context, params.node),
        facts: { ...context.facts, [params.fact]: value },
        trail: [...context.trail, { kind: 'answer' as const, node: params.node, fact: params.fact, value }],
      };
    }),
    recordContinue: assign(({ context }, params: { node: string }) => ({
      history: push(context, params.node),
      trail: [...context.trail, { kind: 'continue' as const, node: params.node }],
    })),
    recordRule: assign(({ context }, params: { node: string; rule: string }) => ({
      trail: [...context.trail, { kind: 'rule' as const, node: params.node, rule: params.rule }],
    })),
    stepBack: assign(({ context }) => {
      const last = context.history.at(-1);
      if (!last) return {};
      const taken = context.trail[last.trail.length];
      const undone = taken?.kind === 'answer' ? { ...context.undone, [taken.node]: taken.value } : context.undone;
      return { facts: last.facts, trail: last.trail, history: context.history.slice(0, -1), undone };
    }),
    reset: assign(() => emptyContext()),
  },
});

/** The state config for one node, as plain data referring to the named guards and actions above. */
function stateFor(node: FlowNode, phase: Phase): Record<string, unknown> {
  const tags = [`phase:${phase}`, `kind:${node.kind}`];
  const back = { BACK: { guard: 'canGoBack', target: BACK_STATE } };
  switch (node.kind) {
    case 'guidance':
      return { tags, on: { ...back, CONTINUE: { target: node.next, actions: { type: 'recordContinue', params: { node: node.id } } } } };
    case 'question': {
      const record = { type: 'recordAnswer', params: { node: node.id, fact: node.fact } };
      const answer =
        node.answer === 'checklist'
          ? [{ guard: { type: 'checklistOf', params: { values: answerValues(node) } }, target: node.next, actions: record }]
          : answerValues(node).map((value) => ({ guard: { type: 'answerIs', params: { value } }, target: node.branches?.[value] ?? node.next, actions: record }));
      return { tags, on: { ...back, ANSWER: answer } };
    }
    case 'decision':
      return {
        tags,
        always: [
          ...node.rules.map((r) => ({ guard: { type: 'rule', params: { when: r.when } }, target: r.next, actions: { type: 'recordRule', params: { node: node.id, rule: r.id } } })),
          { target: node.otherwise, actions: { type: 'recordRule', params: { node: node.id, rule: 'otherwise' } } },
        ],
      };
    case 'outcome':
      // Not a final state: "back" from an outcome must still work.
      return { tags, on: back };
  }
}

/**
 * Compile a validated flow into an XState v5 machine: one state per node, eventless transitions for
 * decisions, guarded ANSWER transitions for questions. No invoke/after, so xstate/graph can walk it.
 */
export function createFlowMachine(flow: CompiledFlow) {
  const index = indexNodes(flow.definition);
  const ids = [...index.keys()];
  const states: Record<string, unknown> = {};
  for (const [id, { node, phase }] of index) states[id] = stateFor(node, phase);
  states[BACK_STATE] = {
    always: ids.map((id) => ({ guard: { type: 'backTo', params: { node: id } }, target: id, actions: 'stepBack' })),
  };
  return flowSetup.createMachine({
    id: `${flow.id}@${flow.version}`,
    context: emptyContext(),
    initial: flow.definition.start,
    on: { RESTART: { target: `.${flow.definition.start}`, actions: 'reset' } },
    // The states object is built from data; its shape is checked by the validator, not by the type system.
    states: states as never,
  });
}

export type FlowMachine = ReturnType<typeof createFlowMachine>;
export type WalkSnapshot = SnapshotFrom<FlowMachine>;
