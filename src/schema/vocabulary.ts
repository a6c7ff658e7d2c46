import { z } from 'zod';
import { Id, LegalRef, Localized, SourceRef } from './common';
import { DISPOSITIONS } from './flow';

/** One entry of the stable action vocabulary shared by outcomes, scenarios, summaries and contact profiles. */
export const ActionEntry = z.object({
  title: Localized,
  text: Localized,
  who: Localized.optional(),
  when: Localized.optional(),
  /** The contact-profile roles this action calls or writes to, most suitable first. */
  contacts: z.array(Id).optional(),
  sources: z.array(SourceRef).optional(),
  legal: z.array(LegalRef).optional(),
}).strict();

export const DispositionEntry = z.object({
  /** The headline in plain words, e.g. "Ring politiet nå". */
  title: Localized,
  text: Localized,
}).strict();

export const Vocabulary = z.object({
  dispositions: z.object(Object.fromEntries(DISPOSITIONS.map((d) => [d, DispositionEntry])) as Record<(typeof DISPOSITIONS)[number], typeof DispositionEntry>).strict(),
  actions: z.record(Id, ActionEntry),
}).strict();

export type ActionEntry = z.infer<typeof ActionEntry>;
export type DispositionEntry = z.infer<typeof DispositionEntry>;
export type Vocabulary = z.infer<typeof Vocabulary>;
