import { expect } from 'vitest';

/** Every key of a nested message bundle, as "component.feature.type", with its text. */
export function leaves(obj: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
    else out.set(key, v);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/**
 * The rule for every message bundle (main, trainer, statements): nn and en have exactly nb's keys,
 * none empty, with the same {{placeholders}}; and, unless told otherwise, keys read component.feature.type.
 */
export function expectSameKeysInEveryLanguage(bundles: { nb: object; nn: object; en: object }, opts: { depth?: number } = {}): void {
  const base = leaves(bundles.nb);
  for (const lang of ['nn', 'en'] as const) {
    const other = leaves(bundles[lang]);
    expect([...other.keys()].sort(), `${lang} keys`).toEqual([...base.keys()].sort());
    for (const [key, value] of other) {
      expect(typeof value, `${lang}:${key}`).toBe('string');
      expect((value as string).trim(), `${lang}:${key}`).not.toBe('');
      expect(placeholders(value as string), `${lang}:${key}`).toEqual(placeholders(base.get(key) as string));
    }
  }
  if (opts.depth) for (const key of base.keys()) expect(key.split('.').length, key).toBeGreaterThanOrEqual(opts.depth);
}
