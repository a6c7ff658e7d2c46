import { z } from 'zod';
import { Id, LegalRef, Localized, SourceRef } from './common';
import { ROLES } from './constants';
import { DISPOSITIONS } from './flow';

/** How an action reads for one role: any field given replaces the general one; `hide` leaves the action out. */
export const RoleVariant = z.object({
  title: Localized.optional(),
  text: Localized.optional(),
  who: Localized.optional(),
  when: Localized.optional(),
  legal: z.array(LegalRef).optional(),
  hide: z.boolean().optional(),
}).strict();

/** One entry of the stable action vocabulary shared by outcomes, scenarios, summaries and contact profiles. */
export const ActionEntry = z.object({
  title: Localized,
  text: Localized,
  who: Localized.optional(),
  when: Localized.optional(),
  /** The contact-profile roles this action calls or writes to, most suitable first. */
  contacts: z.array(Id).optional(),
  /**
   * It cannot wait: when the first contact is closed, show whoever is open now (barnevernvakt, then
   * police). Without it a closed contact is shown with when it opens (e.g. for a written report).
   */
  urgent: z.boolean().optional(),
  sources: z.array(SourceRef).optional(),
  legal: z.array(LegalRef).optional(),
  /** Role variants, e.g. the law behind the duty to report for kindergarten staff or for nurses. */
  roles: z.partialRecord(z.enum(ROLES), RoleVariant).optional(),
}).strict();

export const DispositionEntry = z.object({
  /** The headline in plain words, e.g. "Ring politiet nå". */
  title: Localized,
  text: Localized,
}).strict();

export const Vocabulary = z.object({
  dispositions: z.object(Object.fromEntries(DISPOSITIONS.map((d) => [d, DispositionEntry])) as Record<(typeof DISPOSITIONS)[number], typeof DispositionEntry>).strict(),
  actions: z.record(Id, ActionEntry),
  /**
   * The municipal plans cited as `seed:` sources, by file name, with the name the app shows for each
   * (a reader needs «Hallingdal – … handlingsplan», not the file). Optional only so that a flow
   * compiled before the list existed still loads; the loaders report a seed missing from it.
   */
  seeds: z.record(z.string().min(1), Localized).optional(),
}).strict();

export type ActionEntry = z.infer<typeof ActionEntry>;
export type RoleVariant = z.infer<typeof RoleVariant>;
export type DispositionEntry = z.infer<typeof DispositionEntry>;
export type Vocabulary = z.infer<typeof Vocabulary>;
