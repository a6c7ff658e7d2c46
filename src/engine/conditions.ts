import type { Condition, FactValue } from '../schema/flow';

export type Facts = Readonly<Record<string, FactValue>>;

/** Does the condition hold for these facts? A fact that was never set matches nothing but `answered: false`. */
export function evaluate(c: Condition, facts: Facts): boolean {
  if ('all' in c) return c.all.every((x) => evaluate(x, facts));
  if ('any' in c) return c.any.some((x) => evaluate(x, facts));
  if ('not' in c) return !evaluate(c.not, facts);
  const v = facts[c.fact];
  if ('answered' in c) return (v !== undefined) === c.answered;
  if (v === undefined) return false;
  if ('is' in c) return v === c.is;
  if ('in' in c) return typeof v === 'string' && c.in.includes(v);
  if ('includes' in c) return Array.isArray(v) && v.includes(c.includes);
  return Array.isArray(v) && c.includesAny.some((x) => v.includes(x));
}

/** A condition about one fact: is, in, includes, includesAny or answered. */
export type Atom = Exclude<Condition, { all: Condition[] } | { any: Condition[] } | { not: Condition }>;
type Path = (string | number)[];

/**
 * Every test of one fact inside a condition, with where it is written: inside `all`, `any` and `not`
 * a problem points at the line of the test itself, not at the rule's `when` several lines up.
 */
export function atomsOf(c: Condition, path: Path = []): { atom: Atom; path: Path }[] {
  if ('all' in c) return c.all.flatMap((x, i) => atomsOf(x, [...path, 'all', i]));
  if ('any' in c) return c.any.flatMap((x, i) => atomsOf(x, [...path, 'any', i]));
  if ('not' in c) return atomsOf(c.not, [...path, 'not']);
  return [{ atom: c, path }];
}

/** How a test compares its fact: the key (is, in, …), the values, and whether they are written as a list. */
export function comparison(atom: Atom): { form: 'is' | 'in' | 'includes' | 'includesAny' | 'answered'; values: string[]; listed: boolean } {
  if ('is' in atom) return { form: 'is', values: [atom.is], listed: false };
  if ('in' in atom) return { form: 'in', values: atom.in, listed: true };
  if ('includes' in atom) return { form: 'includes', values: [atom.includes], listed: false };
  if ('includesAny' in atom) return { form: 'includesAny', values: atom.includesAny, listed: true };
  return { form: 'answered', values: [], listed: false };
}

/** Every fact a condition reads, with the values it compares against. */
export function factsRead(c: Condition): { fact: string; values: string[] }[] {
  return atomsOf(c).map(({ atom }) => ({ fact: atom.fact, values: comparison(atom).values }));
}
