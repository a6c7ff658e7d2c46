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

/**
 * Where the user works. The logic of a flow is the same for everyone; the duties shown and their legal
 * basis follow the role (barnehageloven, the education act, helsepersonelloven, the social services,
 * or for a private person the moral duty and the duty to avert only).
 */
export const ROLES = ['barnehage', 'skole', 'helse', 'nav', 'kommune', 'privat'] as const;
export type Role = (typeof ROLES)[number];
