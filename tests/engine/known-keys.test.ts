import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadFlow } from '../../src/engine/authoring';
import { knownKeysAt, keySuggestion } from '../../src/engine/known-keys';
import { EXAMPLE_FILE, read, TODAY } from './helpers';

describe('knownKeysAt: the keys a schema allows in the object at a path', () => {
  const Step = z.object({ id: z.string(), next: z.string().optional(), text: z.string() }).strict();
  const Guidance = z.object({ id: z.string(), tips: z.array(z.string()) }).strict();
  const Flow = z
    .object({
      start: z.string(),
      phases: z.record(z.string(), z.array(z.union([Step, Guidance]))).optional(),
      meta: z.lazy(() => z.object({ owner: z.string() }).strict()),
    })
    .strict()
    .transform((f) => f);

  it('reads through pipes, optionals, records, arrays and lazy schemas to the object at the path', () => {
    expect(knownKeysAt(Flow, []).sort()).toEqual(['meta', 'phases', 'start']);
    expect(knownKeysAt(Flow, ['meta'])).toEqual(['owner']);
  });

  it('gives every branch of a union its say', () => {
    expect(knownKeysAt(Flow, ['phases', 'se', 0]).sort()).toEqual(['id', 'next', 'text', 'tips']);
  });

  it('knows nothing at a path the schema does not have', () => {
    expect(knownKeysAt(Flow, ['nowhere', 3])).toEqual([]);
    expect(knownKeysAt(Flow, ['start'])).toEqual([]);
  });

  it('suggests the nearest allowed key, and nothing when none is near', () => {
    expect(keySuggestion(Flow, ['phases', 'se', 0], 'nxet')).toBe(' (did you mean "next"?)');
    expect(keySuggestion(Flow, ['phases', 'se', 0], 'colour')).toBe('');
    expect(keySuggestion(undefined, [], 'nxet')).toBe('');
  });
});

// Contact profiles: tests/engine/profiles/load-profile.test.ts.
describe('an unknown key in a file names the key the author most likely meant', () => {
  it('in a flow', () => {
    const text = read(EXAMPLE_FILE).replace('      next: intro\n', '      nxet: intro\n');
    const messages = loadFlow(EXAMPLE_FILE, text, undefined, { today: TODAY }).problems.map(formatProblem);
    expect(messages).toContain(`${EXAMPLE_FILE}:20:13: error SCHEMA unknown key "nxet" (did you mean "next"?) (at phases.se[0].nxet)`);
  });

  it('but not when several keys are unknown at once: the list is named, with no guess', () => {
    const text = read(EXAMPLE_FILE).replace('      next: intro\n', '      nxet: intro\n      colour: red\n');
    const messages = loadFlow(EXAMPLE_FILE, text, undefined, { today: TODAY }).problems.map(formatProblem);
    expect(messages.find((m) => m.includes('unknown'))).toMatch(/unknown keys "nxet", "colour" \(at phases\.se\[0\]\.nxet\)$/);
  });
});
