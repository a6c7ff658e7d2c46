import { z } from 'zod';

export { isCalendarDate } from './calendar-date';

export { LANGS, type Lang } from './constants';

/**
 * A text in every language. The schema accepts missing languages on purpose:
 * the static check MISSING_TRANSLATION reports them with a precise location,
 * which reads better for an author than a generic schema error.
 */
export const Localized = z.object({
  nb: z.string().min(1).optional(),
  nn: z.string().min(1).optional(),
  en: z.string().min(1).optional(),
}).strict();
export type Localized = z.infer<typeof Localized>;

/** ISO date (YYYY-MM-DD). YAML turns unquoted dates into Date objects; accept both. */
export const IsoDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'),
);

/** Where a text comes from: a seed plan (file + section) or a public URL. */
export const SourceRef = z.union([
  z.object({ seed: z.string().min(1), section: z.string().min(1) }).strict(),
  z.object({ url: z.url(), title: z.string().min(1) }).strict(),
]);
export type SourceRef = z.infer<typeof SourceRef>;

/**
 * A legal reference. `checked` is optional in the schema so that the static check
 * LEGAL_WITHOUT_DATE can report it with its own code and location.
 */
export const LegalRef = z.object({
  law: z.string().min(1),
  section: z.string().min(1).optional(),
  checked: IsoDate.optional(),
  url: z.url().optional(),
  note: Localized.optional(),
}).strict();
export type LegalRef = z.infer<typeof LegalRef>;

export const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids use lower-case letters, digits and "-"');
export const FactName = z.string().regex(/^[a-z][a-z0-9_.]*$/, 'fact names use lower-case letters, digits, "_" and "."');
export const SemVer = z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a version like 1.0.0');
