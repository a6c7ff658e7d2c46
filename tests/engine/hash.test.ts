import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { canonicalJson, contentHash, loadFlow } from '../../src/engine/authoring';
import { EXAMPLE_FILE, read } from './helpers';

const text = read(EXAMPLE_FILE);
const hashOf = (yaml: string): string => {
  const r = loadFlow(EXAMPLE_FILE, yaml);
  if (r.status === 'failure') throw new Error(JSON.stringify(r.problems, null, 2));
  return r.value.hash;
};
const original = hashOf(text);

/** The same data with the keys of every mapping in reverse order. */
function reverseKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reverseKeys);
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverseKeys(x)]));
  return v;
}

describe('the content hash of a flow', () => {
  it('is a sha256 of the canonical JSON of the definition', () => {
    expect(original).toMatch(/^sha256-[0-9a-f]{64}$/);
  });

  it('does not change when the keys are written in another order', () => {
    expect(hashOf(stringify(reverseKeys(parse(text))))).toBe(original);
  });

  it('does not change with block instead of flow style, other quoting or comments', () => {
    const reformatted = stringify(parse(text), { collectionStyle: 'block', defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
    expect(reformatted).not.toBe(text);
    expect(hashOf(`# a comment that was not there\n${reformatted}`)).toBe(original);
  });

  it('does not change when the date is quoted', () => {
    expect(hashOf(text.replace('effective: 2026-01-01', 'effective: "2026-01-01"'))).toBe(original);
  });

  it('changes when a text changes, even by one letter in one language', () => {
    expect(hashOf(text.replace('Ring 112 nå', 'Ring 112 nå!'))).not.toBe(original);
    expect(hashOf(text.replace('en: Call 112 now', 'en: Call 112 now.'))).not.toBe(original);
  });

  it('changes when the order of nodes or actions changes (order is meaning)', () => {
    expect(hashOf(text.replace('        - action: document\n        - action: inform-leader\n        - action: plan-who-does-what\n    - id: out-report', '        - action: inform-leader\n        - action: document\n        - action: plan-who-does-what\n    - id: out-report'))).not.toBe(original);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps arrays in order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: null } })).toBe('{"a":{"c":null,"d":[3,1]},"b":1}');
    expect(contentHash({ b: 1, a: 2 })).toBe(contentHash({ a: 2, b: 1 }));
  });
});
