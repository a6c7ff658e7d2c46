import type { LegalRef, Localized, SourceRef } from '../schema/common';
import type { Role } from '../schema/constants';
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
  /** Cannot wait: fall back to whoever is open now when the first contact is closed. */
  urgent: boolean;
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

/** An action's title as the user's role sees it: the role's variant, else the vocabulary's, else its id. */
export function actionTitle(vocabulary: CompiledFlow['vocabulary'], id: string, role?: Role): Localized {
  const entry = vocabulary.actions[id];
  return (role ? entry?.roles?.[role]?.title : undefined) ?? entry?.title ?? { en: id };
}

/**
 * The actions that apply for these facts, in the order the outcome lists them, worded for the user's
 * role when one is given: a role's variant wins over the flow's wording, which wins over the vocabulary's.
 */
export function resolveOutcome(flow: CompiledFlow, node: OutcomeNode, facts: Facts, role?: Role): ResolvedOutcome {
  // The validator guarantees a disposition and known actions on every compiled flow.
  const disposition = node.disposition as Disposition;
  const dispositionEntry = flow.vocabulary.dispositions[disposition];
  const actions = node.actions
    .filter((a) => a.if === undefined || evaluate(a.if, facts))
    .filter((a) => !(role && flow.vocabulary.actions[a.action]?.roles?.[role]?.hide))
    .map((a): ResolvedAction => {
      const entry = flow.vocabulary.actions[a.action];
      const variant = role ? entry?.roles?.[role] : undefined;
      return {
        id: a.action,
        title: actionTitle(flow.vocabulary, a.action, role),
        text: variant?.text ?? a.text ?? entry?.text ?? {},
        who: variant?.who ?? a.who ?? entry?.who,
        when: variant?.when ?? a.when ?? entry?.when,
        contacts: entry?.contacts ?? [],
        urgent: entry?.urgent ?? false,
        legal: [...(variant?.legal ?? entry?.legal ?? []), ...(a.legal ?? [])],
        sources: [...(entry?.sources ?? []), ...(a.sources ?? [])],
        because: a.if,
      };
    });
  // A consultation outcome may word its own headline (the validator allows no other level to).
  return { node, disposition, headline: node.headline?.title ?? dispositionEntry.title, headlineText: node.headline?.text ?? dispositionEntry.text, actions };
}
