import { describe, expect, it } from 'vitest';
import { DISPOSITIONS, fewestAnswersTo, prepare } from '../../src/engine/authoring';
import { checkFlow, RULES } from './safety-rules';
import { shippedFlows } from './shipped';

describe.each(shippedFlows().map((r) => [`${r.flow.id}@${r.flow.version}`, r] as const))('%s on every path', (_name, r) => {
  const rules = RULES[r.flow.id] ?? [];

  it('has safety rules written down for it', () => {
    expect(rules.length).toBeGreaterThan(0);
  });

  it('keeps every safety rule and always documents, informs the leader and plans', () => {
    const { failures, reached, complete } = checkFlow(r, rules);
    expect(complete).toBe(true);
    expect(failures.slice(0, 10)).toEqual([]);
    expect([...reached].sort()).toEqual([...DISPOSITIONS].sort());
  });

  it('meets «unsure» about danger now with the acute checklist at once, which can lead to the acute outcome', () => {
    const nodes = Object.values(r.flow.definition.phases).flat();
    const byId = (id: string | undefined) => nodes.find((n) => n.id === id);
    const start = byId(r.flow.definition.start);
    if (start?.kind !== 'question') throw new Error('the start is not a question');
    const check = byId(start.branches?.unsure);
    expect(check?.kind === 'question' && check.answer === 'checklist').toBe(true);
    const route = check?.kind === 'question' ? byId(check.next) : undefined;
    const targets = route?.kind === 'decision' ? route.rules.map((rule) => byId(rule.next)) : [];
    expect(targets.some((n) => n?.kind === 'outcome' && n.disposition === 'acute')).toBe(true);
  });

  it('reaches the acute outcome within two answers from the start', () => {
    const n = fewestAnswersTo(r, 'acute');
    expect(n).toBeDefined();
    expect(n).toBeLessThanOrEqual(2);
  });
});

describe('the safety check itself', () => {
  it('catches an acute outcome turned into a consultation', () => {
    const barn = shippedFlows().find((r) => r.flow.id === 'barn');
    if (!barn) throw new Error('barn flow missing');
    const broken = structuredClone(barn.flow);
    for (const n of broken.definition.phases.handle) if (n.kind === 'outcome' && n.disposition === 'acute') n.disposition = 'consultation';
    const { failures } = checkFlow(prepare(broken), RULES.barn ?? []);
    expect(failures.some((f) => f.startsWith('danger now ⇒ acute: got consultation'))).toBe(true);
  });

  it('catches a missing "inform the leader"', () => {
    const barn = shippedFlows().find((r) => r.flow.id === 'barn');
    if (!barn) throw new Error('barn flow missing');
    const broken = structuredClone(barn.flow);
    for (const n of broken.definition.phases.handle) if (n.kind === 'outcome') n.actions = n.actions.filter((a) => a.action !== 'inform-leader');
    const { failures } = checkFlow(prepare(broken), RULES.barn ?? []);
    expect(failures.some((f) => f.startsWith('every outcome includes inform-leader'))).toBe(true);
  });
});
