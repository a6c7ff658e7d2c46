import { z } from 'zod';
import { FactName, Id, IsoDate, LegalRef, Localized, SemVer, SourceRef } from './common';

import { DISPOSITIONS } from './constants';

export { DISPOSITIONS, PHASES, type Disposition, type Phase } from './constants';

/** A fact holds the answer to one question: a yes/no/unsure or choice value, or the checked items of a checklist. */
export type FactValue = string | string[];

/**
 * A condition over facts. Kept to a handful of plain forms so that a municipal adviser can
 * read it, the validator can see which facts it reads, and no code ever lives in data.
 */
export type Condition =
  | { fact: string; is: string }
  | { fact: string; in: string[] }
  | { fact: string; includes: string }
  | { fact: string; includesAny: string[] }
  | { fact: string; answered: boolean }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ fact: FactName, is: z.string() }).strict(),
    z.object({ fact: FactName, in: z.array(z.string()).min(1) }).strict(),
    z.object({ fact: FactName, includes: z.string() }).strict(),
    z.object({ fact: FactName, includesAny: z.array(z.string()).min(1) }).strict(),
    z.object({ fact: FactName, answered: z.boolean() }).strict(),
    z.object({ all: z.array(Condition).min(1) }).strict(),
    z.object({ any: z.array(Condition).min(1) }).strict(),
    z.object({ not: Condition }).strict(),
  ]),
);

const References = {
  sources: z.array(SourceRef).optional(),
  legal: z.array(LegalRef).optional(),
};

const NodeBase = {
  id: Id,
  ...References,
};

export const GuidanceNode = z.object({
  ...NodeBase,
  kind: z.literal('guidance'),
  title: Localized,
  text: Localized,
  tips: z.array(Localized).optional(),
  examples: z.array(Localized).optional(),
  next: Id.optional(),
}).strict();

export const Option = z.object({
  value: Id,
  label: Localized,
  help: Localized.optional(),
}).strict();

export const QuestionNode = z.object({
  ...NodeBase,
  kind: z.literal('question'),
  /** yesno offers yes / no / unsure; choice one of `options`; checklist any number of `options` (never blocks). */
  answer: z.enum(['yesno', 'choice', 'checklist']),
  fact: FactName,
  prompt: Localized,
  help: Localized.optional(),
  tips: z.array(Localized).optional(),
  examples: z.array(Localized).optional(),
  options: z.array(Option).optional(),
  /** Where to go after any answer, unless `branches` names the answer. */
  next: Id.optional(),
  /** Answer value → node id. For checklists the keys are not allowed: route with a decision node. */
  branches: z.record(z.string(), Id).optional(),
}).strict();

export const Rule = z.object({
  id: Id,
  /**
   * A few words naming the condition («Vold nå»), for the flow chart's arrow. Optional so that older
   * versions stay valid; CHART_LABEL_MISSING warns, since the chart then shows the id.
   */
  label: Localized.optional(),
  when: Condition,
  next: Id,
  /** Why this rule leads where it does, shown in the explanation. */
  reason: Localized,
  ...References,
}).strict();

export const DecisionNode = z.object({
  ...NodeBase,
  kind: z.literal('decision'),
  /**
   * What is weighed, as a short question («Er det akutt?»), for the flow chart and its outline. A
   * decision is never a screen, so nothing else shows it. Optional like a rule's `label`.
   */
  title: Localized.optional(),
  /** Tried in order; the first rule whose condition holds decides. */
  rules: z.array(Rule).min(1),
  otherwise: Id.optional(),
  otherwiseReason: Localized.optional(),
}).strict();

export const OutcomeAction = z.object({
  action: Id,
  /** Only include this action when the condition holds (e.g. guardians may be informed). */
  if: Condition.optional(),
  text: Localized.optional(),
  who: Localized.optional(),
  when: Localized.optional(),
  ...References,
}).strict();

export const OutcomeNode = z.object({
  ...NodeBase,
  kind: z.literal('outcome'),
  /** Optional in the schema so that OUTCOME_WITHOUT_DISPOSITION reports it with its own code. */
  disposition: z.enum(DISPOSITIONS).optional(),
  /**
   * The page's heading and lead, in place of the disposition's. Only for a consultation outcome
   * whose situation is not uncertainty (the person wants help): its heading «Drøft saken anonymt» /
   * «Du er usikker» would misread it. HEADLINE_NOT_ALLOWED keeps the urgent levels' headings the
   * same on every outcome.
   */
  headline: z.object({ title: Localized, text: Localized }).strict().optional(),
  title: Localized,
  text: Localized,
  actions: z.array(OutcomeAction).min(1),
}).strict();

export const FlowNode = z.discriminatedUnion('kind', [GuidanceNode, QuestionNode, DecisionNode, OutcomeNode]);

export const FlowDefinition = z.object({
  id: Id,
  version: SemVer,
  status: z.enum(['draft', 'published']),
  effective: IsoDate,
  title: Localized,
  description: Localized,
  changelog: Localized,
  audience: Localized.optional(),
  start: Id,
  phases: z.object({
    se: z.array(FlowNode).default([]),
    spor: z.array(FlowNode).default([]),
    avklar: z.array(FlowNode).default([]),
    handle: z.array(FlowNode).default([]),
  }).strict(),
  ...References,
}).strict();

export type GuidanceNode = z.infer<typeof GuidanceNode>;
export type QuestionNode = z.infer<typeof QuestionNode>;
export type Option = z.infer<typeof Option>;
export type Rule = z.infer<typeof Rule>;
export type DecisionNode = z.infer<typeof DecisionNode>;
export type OutcomeAction = z.infer<typeof OutcomeAction>;
export type OutcomeNode = z.infer<typeof OutcomeNode>;
export type FlowNode = z.infer<typeof FlowNode>;
export type FlowDefinition = z.infer<typeof FlowDefinition>;
