import { z } from 'zod';
import { Id, Localized, SemVer } from './common';
import { DISPOSITIONS } from './flow';

/** A scenario: a vignette a trainer can read aloud, the answers given, and what the flow must recommend. */
export const Scenario = z.object({
  flow: Id,
  version: SemVer.optional(),
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
  }).strict(),
}).strict();

export type Scenario = z.infer<typeof Scenario>;
