import leven from 'leven';
import { closest } from './closest';

/**
 * Words an adviser writes for an answer value in Norwegian (bokmål and nynorsk) or plain English,
 * with the values they mean, the likeliest first. Edit distance knows no meaning: it would turn «ja»
 * into "no" and «nei» into "yes", and an adviser who follows that hint flips a rule for the duty to
 * avert. So a word listed here is only ever answered with a value it means.
 */
const MEANS: Record<string, readonly string[]> = {
  ja: ['yes'],
  jo: ['yes'],
  jepp: ['yes'],
  true: ['yes'],
  y: ['yes'],
  nei: ['no'],
  nope: ['no'],
  ikke: ['no'],
  ikkje: ['no'],
  false: ['no'],
  n: ['no'],
  usikker: ['unsure'],
  usikkert: ['unsure'],
  uviss: ['unsure'],
  uvisst: ['unsure'],
  kanskje: ['unsure'],
  'vet ikke': ['unsure', 'not-known'],
  'vet ikkje': ['unsure', 'not-known'],
  'veit ikke': ['unsure', 'not-known'],
  'veit ikkje': ['unsure', 'not-known'],
  'ikke sikker': ['unsure'],
  'ikkje sikker': ['unsure'],
  'not sure': ['unsure'],
  "don't know": ['unsure', 'not-known'],
  maybe: ['unsure'],
  ukjent: ['not-known', 'unsure'],
  ukjend: ['not-known', 'unsure'],
  'ikke kjent': ['not-known', 'unsure'],
  'ikkje kjend': ['not-known', 'unsure'],
};

/** Values that say the opposite of each other: one is never offered for the other. */
const OPPOSITE: Record<string, string> = { yes: 'no', no: 'yes' };

const normal = (word: string): string => word.trim().toLowerCase().replace(/[.!?]+$/, '').replace(/[\s_-]+/g, ' ').replace(/’/g, "'");

/**
 * The answer value an author most likely meant by `word`, for «did you mean …?»: a value the word
 * means (ja → yes, nei → no, usikker → unsure) when one is offered; nothing when the word has a
 * meaning none of the values share; otherwise the nearest spelling, unless that is the opposite of
 * a value the word is spelt like (never "no" for «yse»).
 */
export function closestAnswer(word: string, values: Iterable<string>): string | undefined {
  const offered = [...values];
  const key = normal(word);
  const meant = MEANS[key] ?? (offered.includes(key) ? [key] : undefined);
  if (meant) return meant.find((v) => offered.includes(v));
  const near = closest(word, offered);
  if (near === undefined) return undefined;
  const opposite = OPPOSITE[near];
  // «yse» is nearer "yes" than "no"; a word as near the opposite could mean either, so say neither.
  const tie = opposite !== undefined && offered.includes(opposite) && leven(key, opposite) <= leven(key, near);
  return tie ? undefined : near;
}
