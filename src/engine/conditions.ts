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

/** Every fact a condition reads, with the values it compares against (for the validator). */
export function factsRead(c: Condition, out: { fact: string; values: string[] }[] = []): { fact: string; values: string[] }[] {
  if ('all' in c) c.all.forEach((x) => factsRead(x, out));
  else if ('any' in c) c.any.forEach((x) => factsRead(x, out));
  else if ('not' in c) factsRead(c.not, out);
  else if ('is' in c) out.push({ fact: c.fact, values: [c.is] });
  else if ('in' in c) out.push({ fact: c.fact, values: c.in });
  else if ('includes' in c) out.push({ fact: c.fact, values: [c.includes] });
  else if ('includesAny' in c) out.push({ fact: c.fact, values: c.includesAny });
  else out.push({ fact: c.fact, values: [] });
  return out;
}
