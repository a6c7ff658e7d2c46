import type { LegalRef, Localized, SourceRef } from '../schema/common';
import type { Condition, Disposition, OutcomeNode } from '../schema/flow';
import type { CompiledFlow } from './compiled';
import { evaluate, type Facts } from './conditions';

/** An outcome's action with the vocabulary filled in and the outcome's own wording on top. */
export interface ResolvedAction {
  id: string;
  title: Localized;
  text: Localized;
  who: Localized | undefined;
  when: Localized | undefined;
  /** Contact-profile roles to call, most suitable first. */
  contacts: string[];
  legal: LegalRef[];
  sources: SourceRef[];
  /** The condition that made this action apply, when it is conditional. */
  because: Condition | undefined;
}

export interface ResolvedOutcome {
  node: OutcomeNode;
  disposition: Disposition;
  headline: Localized;
  headlineText: Localized;
  actions: ResolvedAction[];
}

/** The actions that apply for these facts, in the order the outcome lists them. */
export function resolveOutcome(flow: CompiledFlow, node: OutcomeNode, facts: Facts): ResolvedOutcome {
  // The validator guarantees a disposition and known actions on every compiled flow.
  const disposition = node.disposition as Disposition;
  const dispositionEntry = flow.vocabulary.dispositions[disposition];
  const actions = node.actions
    .filter((a) => a.if === undefined || evaluate(a.if, facts))
    .map((a): ResolvedAction => {
      const entry = flow.vocabulary.actions[a.action];
      return {
        id: a.action,
        title: entry?.title ?? { en: a.action },
        text: a.text ?? entry?.text ?? {},
        who: a.who ?? entry?.who,
        when: a.when ?? entry?.when,
        contacts: entry?.contacts ?? [],
        legal: [...(entry?.legal ?? []), ...(a.legal ?? [])],
        sources: [...(entry?.sources ?? []), ...(a.sources ?? [])],
        because: a.if,
      };
    });
  return { node, disposition, headline: dispositionEntry.title, headlineText: dispositionEntry.text, actions };
}
