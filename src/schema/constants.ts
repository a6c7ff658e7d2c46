/**
 * Plain constants shared by the schemas and the runtime engine. Kept free of zod so the app can
 * import them without shipping the schema library.
 */
export const LANGS = ['nb', 'nn', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const PHASES = ['se', 'spor', 'avklar', 'handle'] as const;
export type Phase = (typeof PHASES)[number];

/** Most urgent first. */
export const DISPOSITIONS = ['acute', 'avvergeplikt', 'bekymringsmelding', 'consultation'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];
