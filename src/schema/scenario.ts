import { z } from 'zod';
import { Id, Localized, SemVer } from './common';
import { ROLES } from './constants';
import { DISPOSITIONS } from './flow';

/** A scenario: a vignette a trainer can read aloud, the answers given, and what the flow must recommend. */
export const Scenario = z.object({
  flow: Id,
  version: SemVer.optional(),
  /** Where the person in the vignette works; the expected legal basis follows it. */
  role: z.enum(ROLES).optional(),
  title: Localized,
  vignette: Localized,
  /** Question node id → answer (a value, or the list of checked values for a checklist). */
  answers: z.record(Id, z.union([z.string(), z.array(z.string())])),
  expect: z.object({
    disposition: z.enum(DISPOSITIONS),
    outcome: Id.optional(),
    actions: z.object({
      include: z.array(Id).default([]),
      exclude: z.array(Id).default([]),
    }).strict().default({ include: [], exclude: [] }),
    /** Legal references the outcome must (not) cite, written "law § section", e.g. "barnehageloven § 46". */
    legal: z.object({
      include: z.array(z.string()).default([]),
      exclude: z.array(z.string()).default([]),
    }).strict().optional(),
  }).strict(),
}).strict();

export type Scenario = z.infer<typeof Scenario>;
