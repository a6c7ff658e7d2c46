import type { Localized } from '../../schema/common';
import { closest } from '../closest';
import type { Problem } from '../problems';
import type { YamlSource } from '../yaml-source';

/**
 * Every `seed:` source cited anywhere in the file must name a plan in the vocabulary's `seeds` list:
 * the app shows the plan's name there (a hashed file name means nothing to a nurse), so a misspelt
 * file would otherwise show as a bare file name.
 */
export function seedProblems(src: YamlSource, data: unknown, seeds: Record<string, Localized> | undefined): Problem[] {
  const known = Object.keys(seeds ?? {});
  const problems: Problem[] = [];
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, [...path, i]));
    if (value === null || typeof value !== 'object') return;
    const seed = (value as { seed?: unknown }).seed;
    if (typeof seed === 'string' && !known.includes(seed)) {
      const meant = closest(seed, known);
      problems.push(src.problem('UNKNOWN_SEED', 'error', `"${seed}" is not in the list of plans (seeds in flows/vocabulary.yaml)${meant ? ` (did you mean "${meant}"?)` : ''}`, [...path, 'seed']));
    }
    for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(data, []);
  return problems;
}

/** The seed files cited anywhere in these values (a flow definition, its actions' vocabulary entries). */
export function citedSeeds(...values: unknown[]): Set<string> {
  const out = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    const seed = (value as { seed?: unknown }).seed;
    if (typeof seed === 'string') out.add(seed);
    Object.values(value).forEach(visit);
  };
  values.forEach(visit);
  return out;
}
