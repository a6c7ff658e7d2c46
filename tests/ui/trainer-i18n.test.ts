import { describe, expect, it } from 'vitest';
import nb from '../../src/i18n/nb';
import { trainerResources } from '../../src/i18n/trainer/index';

function leaves(obj: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
    else out.set(key, v);
  }
  return out;
}
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

// The trainer's strings ship with its lazily loaded chunk (src/i18n/trainer/); the same rules as i18n.test.tsx.
describe('trainer strings', () => {
  it('every key exists in nb, nn and en, non-empty, with the same placeholders, and reads component.feature.type', () => {
    const base = leaves(trainerResources.nb);
    for (const [name, msgs] of [['nn', trainerResources.nn], ['en', trainerResources.en]] as const) {
      const other = leaves(msgs);
      expect([...other.keys()].sort(), `${name} keys`).toEqual([...base.keys()].sort());
      for (const [key, value] of other) {
        expect(typeof value, `${name}:${key}`).toBe('string');
        expect((value as string).trim(), `${name}:${key}`).not.toBe('');
        expect(placeholders(value as string), `${name}:${key}`).toEqual(placeholders(base.get(key) as string));
      }
    }
    for (const key of base.keys()) expect(key.split('.').length, key).toBeGreaterThanOrEqual(3);
  });

  it('does not redefine a key of the main bundle (they are merged into it)', () => {
    const main = leaves(nb);
    for (const key of leaves(trainerResources.nb).keys()) expect(main.has(key), key).toBe(false);
  });
});
