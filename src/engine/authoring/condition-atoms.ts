import type { Condition } from '../../schema/flow';

type Path = (string | number)[];
/** A condition about one fact: is, in, includes, includesAny or answered. */
export type Atom = Exclude<Condition, { all: Condition[] } | { any: Condition[] } | { not: Condition }>;

/**
 * Every test of one fact inside a condition, with where it is written: inside `all`, `any` and `not`
 * a problem points at the line of the test itself, not at the rule's `when` several lines up.
 */
export function atomsOf(c: Condition, path: Path): { atom: Atom; path: Path }[] {
  if ('all' in c) return c.all.flatMap((x, i) => atomsOf(x, [...path, 'all', i]));
  if ('any' in c) return c.any.flatMap((x, i) => atomsOf(x, [...path, 'any', i]));
  if ('not' in c) return atomsOf(c.not, [...path, 'not']);
  return [{ atom: c, path }];
}
