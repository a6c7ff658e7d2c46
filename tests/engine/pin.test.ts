import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepare, recordWalk, restoreWalk, startWalk, step, viewWalk, type WalkEvent, type WalkRecord, type WalkSnapshot } from '../../src/engine';
import { compileText, EXAMPLE_DIR, EXAMPLE_FILE, compiledIn, exampleRunnable, read } from './helpers';

const r = exampleRunnable();
const events: WalkEvent[] = [
  { type: 'ANSWER', value: 'no' },
  { type: 'CONTINUE' },
  { type: 'ANSWER', value: ['bruises', 'sexual'] },
  { type: 'CONTINUE' },
  { type: 'ANSWER', value: 'other' },
  { type: 'ANSWER', value: 'yes' },
];
const walk = (n = events.length): WalkSnapshot => events.slice(0, n).reduce((s, e) => step(r, s, e), startWalk(r));
const state = (s: WalkSnapshot) => ({ node: String(s.value), context: s.context });

describe('recordWalk', () => {
  it('keeps the flow version, its hash and the steps by id, nothing else', () => {
    expect(recordWalk(r, walk())).toEqual({
      flow: 'example',
      version: '1.0.0',
      hash: r.flow.hash,
      steps: [
        { node: 'acute', answer: 'no' },
        { node: 'intro' },
        { node: 'signs', answer: ['bruises', 'sexual'] },
        { node: 'talk' },
        { node: 'suspect', answer: 'other' },
        { node: 'threshold', answer: 'yes' },
      ],
    });
  });

  it('survives JSON (it is kept in sessionStorage)', () => {
    const record = recordWalk(r, walk());
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  });
});

describe('restoreWalk', () => {
  it.each(events.map((_, i) => i + 1))('brings back exactly the walk after %i steps', (n) => {
    const original = walk(n);
    const restored = restoreWalk(r, JSON.parse(JSON.stringify(recordWalk(r, original))) as WalkRecord);
    expect(restored.ok).toBe(true);
    if (restored.ok) expect(state(restored.snapshot)).toEqual(state(original));
  });

  it('brings back a walk that went back and changed an answer', () => {
    const changed = step(r, step(r, walk(), { type: 'BACK' }), { type: 'ANSWER', value: 'no' });
    const restored = restoreWalk(r, recordWalk(r, changed));
    expect(restored.ok && state(restored.snapshot)).toEqual(state(changed));
  });

  it('fails with VERSION_GONE when the app no longer has the version', () => {
    const record = recordWalk(r, walk());
    expect(restoreWalk(undefined, record)).toMatchObject({ ok: false, code: 'VERSION_GONE' });
    const newer = compiledIn(EXAMPLE_DIR).find((f) => f.version === '1.1.0');
    expect(restoreWalk(prepare(newer!), record)).toMatchObject({ ok: false, code: 'VERSION_GONE' });
  });

  it('fails with HASH_CHANGED when the version was edited in place', () => {
    const edited = compileText(EXAMPLE_FILE, read(EXAMPLE_FILE).replace('Ring 112 nå', 'Ring 112 med en gang'));
    expect(edited.version).toBe('1.0.0');
    expect(restoreWalk(prepare(edited), recordWalk(r, walk()))).toMatchObject({ ok: false, code: 'HASH_CHANGED' });
  });

  it.each([
    ['a step on the wrong node', (rec: WalkRecord) => ({ ...rec, steps: [{ node: 'signs', answer: ['bruises'] }, ...rec.steps.slice(1)] })],
    ['an answer the question does not offer', (rec: WalkRecord) => ({ ...rec, steps: [{ node: 'acute', answer: 'maybe' }, ...rec.steps.slice(1)] })],
    ['a single value for a checklist', (rec: WalkRecord) => ({ ...rec, steps: rec.steps.map((s) => (s.node === 'signs' ? { node: 'signs', answer: 'bruises' } : s)) })],
    ['an answer on a guidance screen', (rec: WalkRecord) => ({ ...rec, steps: rec.steps.map((s) => (s.node === 'intro' ? { node: 'intro', answer: 'yes' } : s)) })],
    ['no answer on a question', (rec: WalkRecord) => ({ ...rec, steps: [{ node: 'acute' }, ...rec.steps.slice(1)] })],
    ['a step that is not an object', (rec: WalkRecord) => ({ ...rec, steps: [null, ...rec.steps] as unknown as WalkRecord['steps'] })],
    ['a step after the outcome', (rec: WalkRecord) => ({ ...rec, steps: [...rec.steps, { node: 'out-report' }] })],
  ])('fails with STEPS_INVALID on %s', (_what, tamper) => {
    const result = restoreWalk(r, tamper(recordWalk(r, walk())));
    expect(result).toMatchObject({ ok: false, code: 'STEPS_INVALID' });
    expect(result.ok ? '' : result.message).not.toBe('');
  });

  it('never yields a broken walk, whatever the saved steps say', () => {
    const nodes = [...r.nodes.keys(), 'nowhere', '__back'];
    const answerArb = fc.oneof(fc.constant(undefined), fc.constantFrom('yes', 'no', 'unsure', 'guardian', 'other', 'bruises'), fc.array(fc.constantFrom('bruises', 'afraid', 'sexual', 'x')), fc.jsonValue());
    // Mostly plausible steps, sometimes any JSON at all (the record is read back from sessionStorage).
    const stepArb = fc.oneof({ arbitrary: fc.record({ node: fc.constantFrom(...nodes), answer: answerArb }, { requiredKeys: ['node'] }), weight: 9 }, { arbitrary: fc.jsonValue(), weight: 1 });
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 10 }), (steps) => {
        const result = restoreWalk(r, { flow: 'example', version: '1.0.0', hash: r.flow.hash, steps: steps as WalkRecord['steps'] });
        if (!result.ok) return ['STEPS_INVALID'].includes(result.code);
        // A restored walk rests on a screen the app can show, and records back to what was restored.
        const view = viewWalk(r, result.snapshot);
        return view.node.kind !== undefined && restoreWalk(r, recordWalk(r, result.snapshot)).ok;
      }),
      { numRuns: 300 },
    );
  });
});
