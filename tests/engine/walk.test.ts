import { describe, expect, it } from 'vitest';
import { explain, startWalk, step, viewWalk, type WalkEvent, type WalkSnapshot } from '../../src/engine';
import { exampleRunnable } from './helpers';

const r = exampleRunnable();
const yes: WalkEvent = { type: 'ANSWER', value: 'yes' };
const no: WalkEvent = { type: 'ANSWER', value: 'no' };
const next: WalkEvent = { type: 'CONTINUE' };
const back: WalkEvent = { type: 'BACK' };
const answer = (value: string | string[]): WalkEvent => ({ type: 'ANSWER', value });

/** Send the events in order from a fresh walk. */
function walk(...events: WalkEvent[]): WalkSnapshot {
  return events.reduce((s, e) => step(r, s, e), startWalk(r));
}

/** Where the walk is and everything it remembers: the facts, the trail for the explanation, the history for back. */
const state = (s: WalkSnapshot) => {
  const { facts, trail, history } = s.context;
  return { node: String(s.value), facts, trail, history };
};

// acute → intro (guidance) → signs (checklist) → talk (guidance) → suspect (choice) → threshold (yes/no) → route (decision) → outcome
const toThreshold = [no, next, answer(['bruises']), next, answer('guardian')];

describe('a walk through the example flow', () => {
  it('starts on the first question with no facts and nothing behind it', () => {
    const v = viewWalk(r, startWalk(r));
    expect(v).toMatchObject({ nodeId: 'acute', phase: 'se', facts: {}, canGoBack: false, depth: 0, outcome: undefined });
  });

  it('starts every walk from the flow\'s one start snapshot, which walking on never changes', () => {
    const start = startWalk(r);
    const before = JSON.stringify(state(start));
    walk(no, next, answer(['bruises']), back, next);
    step(r, start, yes);
    expect(startWalk(r)).toBe(start);
    expect(JSON.stringify(state(startWalk(r)))).toBe(before);
  });

  it('stores each answer as a fact and moves to the next screen', () => {
    const v = viewWalk(r, walk(...toThreshold));
    expect(v.nodeId).toBe('threshold');
    expect(v.facts).toEqual({ danger_now: 'no', signs: ['bruises'], suspect: 'guardian' });
    expect(v.depth).toBe(5);
  });

  it('follows a branch named for the answer', () => {
    expect(viewWalk(r, walk(yes)).nodeId).toBe('out-acute');
  });

  it('passes decisions at once: the walk rests on the outcome the first matching rule names', () => {
    expect(viewWalk(r, walk(...toThreshold, yes)).nodeId).toBe('out-report');
    expect(viewWalk(r, walk(...toThreshold, no)).nodeId).toBe('out-consult');
    expect(viewWalk(r, walk(no, next, answer(['afraid']), next, answer('other'), no)).nodeId).toBe('out-acute');
  });

  it('refuses an answer the question does not offer, and stays where it is', () => {
    const at = walk(no, next);
    expect(state(step(r, at, answer('maybe')))).toEqual(state(at));
    expect(state(step(r, at, answer(['bruises', 'invented'])))).toEqual(state(at));
    expect(state(step(r, startWalk(r), answer(['yes'])))).toEqual(state(startWalk(r)));
    expect(state(step(r, startWalk(r), next))).toEqual(state(startWalk(r)));
  });

  it('stores a checklist answer once per value', () => {
    expect(viewWalk(r, walk(no, next, answer(['bruises', 'bruises']))).facts.signs).toEqual(['bruises']);
  });
});

describe('back', () => {
  it('restores the screen and the facts before the last step exactly', () => {
    const before = walk(...toThreshold);
    const after = step(r, before, no);
    expect(String(after.value)).toBe('out-consult');
    expect(state(step(r, after, back))).toEqual(state(before));
  });

  it('undoes a step at a time, back to the start', () => {
    const snapshots = [startWalk(r)];
    for (const e of toThreshold) snapshots.push(step(r, snapshots.at(-1) as WalkSnapshot, e));
    let s = snapshots.at(-1) as WalkSnapshot;
    for (let i = snapshots.length - 2; i >= 0; i--) {
      s = step(r, s, back);
      expect(state(s)).toEqual(state(snapshots[i] as WalkSnapshot));
    }
  });

  it('from an outcome reached through a decision returns to the last question, not the decision', () => {
    const s = step(r, walk(...toThreshold, yes), back);
    expect(String(s.value)).toBe('threshold');
    expect(s.context.facts).not.toHaveProperty('reason_to_believe');
    expect(s.context.trail.some((t) => t.kind === 'rule')).toBe(false);
  });

  it('remembers the answer it took away, so the screen can show it chosen; answering there spends it', () => {
    const undone = step(r, walk(...toThreshold, no), back);
    expect(undone.context.undone).toEqual({ threshold: 'no' });
    expect(viewWalk(r, undone).previousAnswer).toBe('no');
    expect(step(r, undone, yes).context.undone).toEqual({});
    expect(step(r, walk(no, next), back).context.undone).toEqual({});
  });

  it('going back several screens and forward again shows each later answer as it was, not blank', () => {
    const ahead = walk(...toThreshold, no);
    let s = ahead;
    for (let i = 0; i < toThreshold.length + 1; i++) s = step(r, s, back);
    expect(viewWalk(r, s).depth).toBe(0);
    // Forward again with the same first answers: every question ahead is offered as answered before.
    for (const e of toThreshold) {
      const view = viewWalk(r, s);
      if (view.node.kind === 'question') expect(view.previousAnswer, view.nodeId).toEqual(e.type === 'ANSWER' ? e.value : undefined);
      s = step(r, s, e);
    }
    expect(viewWalk(r, s).previousAnswer).toBe('no');
  });

  it('at the start does nothing', () => {
    const start = startWalk(r);
    expect(state(step(r, start, back))).toEqual(state(start));
  });

  it('then a different answer takes the other way', () => {
    const s = step(r, step(r, walk(...toThreshold, yes), back), no);
    expect(String(s.value)).toBe('out-consult');
    expect(s.context.facts.reason_to_believe).toBe('no');
  });
});

describe('restart', () => {
  it('goes back to the start and forgets every answer', () => {
    const s = step(r, step(r, walk(...toThreshold, yes), back), { type: 'RESTART' });
    expect(String(s.value)).toBe('acute');
    expect(s.context).toEqual(startWalk(r).context);
    expect(viewWalk(r, s).canGoBack).toBe(false);
  });
});

describe('the explanation at the end', () => {
  const end = walk(...toThreshold, yes);
  const e = explain(r, end);

  it('lists every answer with the labels the user chose', () => {
    expect(e.answers.map((a) => [a.node, a.value, a.labels.map((l) => l.en)])).toEqual([
      ['acute', 'no', ['No']],
      ['signs', ['bruises'], ['Bruises']],
      ['suspect', 'guardian', ['A parent']],
      ['threshold', 'yes', ['Yes']],
    ]);
    expect(e.answers[2]?.labels[0]).toEqual({ nb: 'En forelder', nn: 'Ein forelder', en: 'A parent' });
    expect(e.answers[0]?.prompt.nb).toBe('Er noen i fare nå?');
  });

  it('names the rule that decided, with its reason and legal references', () => {
    expect(e.rules).toEqual([
      {
        node: 'route',
        rule: 'threshold-met',
        reason: { nb: 'Terskelen for å melde er nådd.', nn: 'Terskelen for å melde er nådd.', en: 'The threshold to report is met.' },
        legal: [{ law: 'barnevernsloven', section: '§ 13-2', checked: '2026-11-23' }],
        sources: [],
      },
    ]);
  });

  it('gathers the legal references of the rules and of the actions, each section once', () => {
    // The rule and the bekymringsmelding action both cite barnevernsloven § 13-2.
    expect(e.legal).toContainEqual(expect.objectContaining({ law: 'barnevernsloven', section: '§ 13-2', checked: '2026-11-23' }));
    const sections = e.legal.map((l) => `${l.law} ${l.section ?? ''}`);
    expect(new Set(sections).size).toBe(sections.length);
  });

  it('gives the otherwise reason when no rule held', () => {
    const rules = explain(r, walk(...toThreshold, no)).rules;
    expect(rules).toMatchObject([{ node: 'route', rule: 'otherwise', reason: { en: 'You are unsure.' } }]);
  });

  it('is part of the view on an outcome, and absent on other screens', () => {
    expect(viewWalk(r, end).outcome?.explanation).toEqual(e);
    expect(viewWalk(r, walk(no)).outcome).toBeUndefined();
  });
});

describe('conditional actions', () => {
  const actions = (...events: WalkEvent[]) => viewWalk(r, walk(...events)).outcome?.actions.map((a) => a.id);

  it('keep guardians out when a parent may be behind it', () => {
    expect(actions(no, next, answer(['bruises']), next, answer('guardian'), yes)).toEqual(['bekymringsmelding', 'do-not-contact-guardians', 'document', 'inform-leader', 'plan-who-does-what']);
  });

  it('inform guardians when someone else is behind it and nothing sexual was seen', () => {
    expect(actions(no, next, answer(['bruises']), next, answer('other'), yes)).toEqual(['bekymringsmelding', 'inform-guardians', 'document', 'inform-leader', 'plan-who-does-what']);
  });

  it('never inform guardians when sexualised behaviour was seen, whoever is suspected', () => {
    expect(actions(no, next, answer(['sexual']), next, answer('other'), no)).toEqual(['bekymringsmelding', 'do-not-contact-guardians', 'document', 'inform-leader', 'plan-who-does-what']);
  });

  it('say which condition made them apply', () => {
    const out = viewWalk(r, walk(no, next, answer(['bruises']), next, answer('other'), yes)).outcome;
    expect(out?.actions.find((a) => a.id === 'inform-guardians')?.because).toEqual({ all: [{ fact: 'suspect', is: 'other' }, { not: { fact: 'signs', includes: 'sexual' } }] });
    expect(out?.actions.find((a) => a.id === 'document')?.because).toBeUndefined();
  });

  it('hold on "answered" when the question was asked', () => {
    expect(actions(...toThreshold, no)).toContain('plan-who-does-what');
  });

  it('fill in the vocabulary: title, text, contacts and legal basis', () => {
    const report = viewWalk(r, walk(...toThreshold, yes)).outcome?.actions.find((a) => a.id === 'bekymringsmelding');
    expect(report?.title.nb).toBeTruthy();
    expect(report?.text.en).toBeTruthy();
    expect(report?.legal.map((l) => `${l.law} ${l.section}`)).toContain('barnevernsloven § 13-2');
  });
});
