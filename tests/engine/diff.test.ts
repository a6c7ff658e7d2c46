import { describe, expect, it } from 'vitest';
import { diffFlows, type FlowDefinition } from '../../src/engine/authoring';
import { compiledIn, EXAMPLE_DIR } from './helpers';

const versions = compiledIn(EXAMPLE_DIR);
const v100 = versions.find((f) => f.version === '1.0.0')!.definition;
const v110 = versions.find((f) => f.version === '1.1.0')!.definition;

/** A copy of a definition to change in a test. */
const edit = (def: FlowDefinition, change: (d: FlowDefinition) => void): FlowDefinition => {
  const copy = structuredClone(def);
  change(copy);
  return copy;
};

describe('diffFlows', () => {
  const d = diffFlows(v100, v110);

  it('names the two versions', () => {
    expect([d.from, d.to]).toEqual(['example@1.0.0', 'example@1.1.0']);
  });

  it('lists the node 1.1.0 added, and nothing removed', () => {
    expect(d.added).toEqual([{ id: 'listen', kind: 'guidance' }]);
    expect(d.removed).toEqual([]);
  });

  it('reports a reworded text in the one language that changed', () => {
    const talk = d.changed.find((c) => c.id === 'talk');
    expect(talk?.texts).toEqual([{ path: 'text', lang: 'nb', before: 'Bruk barnets egne ord.', after: 'Bruk ordene barnet selv bruker.' }]);
    expect(talk?.other).toEqual([{ path: 'next', before: 'suspect', after: 'listen' }]);
  });

  it('reports a changed rule under rules', () => {
    const route = d.changed.find((c) => c.id === 'route');
    // Rules by id, not by position: «threshold-met» is the second rule.
    expect(route?.rules).toEqual([{ path: 'rules.threshold-met.when.any.1.includesAny.1', before: undefined, after: 'bruises' }]);
    expect(route?.texts).toEqual([]);
  });

  it('reports the header: version, date and the changelog per language', () => {
    expect(d.header).toEqual([
      { path: 'version', before: '1.0.0', after: '1.1.0' },
      { path: 'effective', before: '2026-01-01', after: '2026-06-01' },
    ]);
    expect(d.headerTexts.map((t) => `${t.path}:${t.lang}`)).toEqual(['changelog:nb', 'changelog:nn', 'changelog:en']);
  });

  it('leaves out nodes that did not change', () => {
    expect(d.changed.map((c) => c.id)).toEqual(['talk', 'route']);
  });

  it('read backwards, an added node is removed', () => {
    const back = diffFlows(v110, v100);
    expect(back.removed).toEqual([{ id: 'listen', kind: 'guidance' }]);
    expect(back.added).toEqual([]);
  });

  it('finds nothing between a version and itself', () => {
    expect(diffFlows(v100, v100)).toMatchObject({ header: [], headerTexts: [], added: [], removed: [], changed: [] });
  });

  it('puts a changed disposition and actions under outcome', () => {
    const after = edit(v100, (x) => {
      const out = x.phases.handle.find((n) => n.id === 'out-consult');
      if (out?.kind !== 'outcome') throw new Error('out-consult is an outcome');
      out.disposition = 'bekymringsmelding';
      out.actions.pop();
    });
    const change = diffFlows(v100, after).changed.find((c) => c.id === 'out-consult');
    expect(change?.outcome.map((o) => o.path)).toEqual(['disposition', 'actions.3']);
    expect(change?.outcome[0]).toMatchObject({ before: 'consultation', after: 'bekymringsmelding' });
  });

  it('reports a text added as a whole once per language', () => {
    const after = edit(v100, (x) => {
      const q = x.phases.se.find((n) => n.id === 'acute');
      if (q?.kind !== 'question') throw new Error('acute is a question');
      q.help = { nb: 'Hjelp', nn: 'Hjelp', en: 'Help' };
    });
    expect(diffFlows(v100, after).changed[0]?.texts).toEqual([
      { path: 'help', lang: 'nb', before: undefined, after: 'Hjelp' },
      { path: 'help', lang: 'nn', before: undefined, after: 'Hjelp' },
      { path: 'help', lang: 'en', before: undefined, after: 'Help' },
    ]);
  });

  it("reports an outcome's own headline added as a whole as texts, per language", () => {
    const after = edit(v100, (x) => {
      const out = x.phases.handle.find((n) => n.id === 'out-consult');
      if (out?.kind !== 'outcome') throw new Error('out-consult is an outcome');
      out.headline = { title: { nb: 'Hjelp videre', nn: 'Hjelp vidare', en: 'Help onward' }, text: { nb: 'Tekst', nn: 'Tekst', en: 'Text' } };
    });
    const change = diffFlows(v100, after).changed.find((c) => c.id === 'out-consult');
    expect(change?.other).toEqual([]);
    expect(change?.texts.map((t) => `${t.path}/${t.lang}: ${String(t.after)}`)).toEqual(['headline.title/nb: Hjelp videre', 'headline.title/nn: Hjelp vidare', 'headline.title/en: Help onward', 'headline.text/nb: Tekst', 'headline.text/nn: Tekst', 'headline.text/en: Text']);
  });

  it('matches rules by id: a rule put first does not make the others look changed', () => {
    const after = edit(v100, (x) => {
      const route = x.phases.avklar.find((n) => n.id === 'route');
      if (route?.kind !== 'decision') throw new Error('route is a decision');
      route.rules.unshift({ id: 'first', when: { fact: 'worry', is: 'much' }, next: 'out-acute', reason: { nb: 'Først.', nn: 'Først.', en: 'First.' } });
    });
    const change = diffFlows(v100, after).changed.find((c) => c.id === 'route');
    expect(change?.rules.map((r) => r.path)).toEqual(['rules.first', 'rules.order']);
    // Where it sits decides the outcome (the first rule that holds wins), so the order is shown too.
    const order = change?.rules.find((r) => r.path === 'rules.order');
    expect((order?.after as string[])[0]).toBe('first');
  });

  it('matches options by value: one added in the middle is that option and a new order, not a renamed one', () => {
    const after = edit(v100, (x) => {
      const signs = x.phases.se.find((n) => n.id === 'signs');
      if (signs?.kind !== 'question' || !signs.options) throw new Error('signs is a question with options');
      signs.options.splice(1, 0, { value: 'absence', label: { nb: 'Mye fravær', nn: 'Mykje fråvær', en: 'Often absent' } });
    });
    const change = diffFlows(v100, after).changed.find((c) => c.id === 'signs');
    expect(change?.other.map((o) => o.path)).toEqual(['options.absence', 'options.order']);
    expect(change?.other[1]).toMatchObject({ before: ['bruises', 'afraid', 'sexual'], after: ['bruises', 'absence', 'afraid', 'sexual'] });
    expect(change?.texts).toEqual([]);
  });

  it('an option added at the end is only that option', () => {
    const after = edit(v100, (x) => {
      const signs = x.phases.se.find((n) => n.id === 'signs');
      if (signs?.kind !== 'question' || !signs.options) throw new Error('signs is a question with options');
      signs.options.push({ value: 'absence', label: { nb: 'Mye fravær', nn: 'Mykje fråvær', en: 'Often absent' } });
    });
    expect(diffFlows(v100, after).changed.find((c) => c.id === 'signs')?.other.map((o) => o.path)).toEqual(['options.absence']);
  });

  it('notices a node that moved to another phase', () => {
    const after = edit(v100, (x) => {
      const talk = x.phases.spor.shift();
      if (talk) x.phases.se.push(talk);
    });
    expect(diffFlows(v100, after).changed).toMatchObject([{ id: 'talk', other: [{ path: 'phase', before: 'spor', after: 'se' }] }]);
  });
});
