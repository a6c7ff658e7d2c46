import type { Localized } from '../../schema/common';
import { didYouMean } from '../closest';
import type { Problem } from '../problems';
import type { YamlSource } from '../yaml-source';
import { eachObject, type DataPath } from './each-object';

/** Calls `found` for every `seed:` source anywhere in `value`, with where it stands. */
function eachSeed(value: unknown, found: (seed: string, path: DataPath) => void): void {
  eachObject(value, (object, path) => {
    if (typeof object.seed === 'string') found(object.seed, path);
  });
}

/**
 * Every `seed:` source cited anywhere in the file must name a plan in the vocabulary's `seeds` list:
 * the app shows the plan's name there (a hashed file name means nothing to a nurse), so a misspelt
 * file would otherwise show as a bare file name.
 */
export function seedProblems(src: YamlSource, data: unknown, seeds: Record<string, Localized> | undefined): Problem[] {
  const known = Object.keys(seeds ?? {});
  const problems: Problem[] = [];
  eachSeed(data, (seed, path) => {
    if (known.includes(seed)) return;
    problems.push(src.problem('UNKNOWN_SEED', 'error', `"${seed}" is not in the list of plans (seeds in flows/vocabulary.yaml)${didYouMean(seed, known)}`, [...path, 'seed']));
  });
  return problems;
}

/** The seed files cited anywhere in these values (a flow definition, its actions' vocabulary entries). */
export function citedSeeds(...values: unknown[]): Set<string> {
  const out = new Set<string>();
  for (const value of values) eachSeed(value, (seed) => out.add(seed));
  return out;
}
