import { describe, expect, it } from 'vitest';
import { visitOutcomes } from '../../src/engine/authoring';
import { citedSeeds } from '../../src/engine/authoring/seeds';
import { shippedFlows } from './shipped';

describe('the municipal plans behind an outcome, by name', () => {
  it('names, on every outcome of the child flow, each plan its sources cite, in all three languages', () => {
    const barn = shippedFlows().find((r) => r.flow.id === 'barn');
    if (!barn) throw new Error('barn flow missing');
    let outcomes = 0;
    visitOutcomes(barn, [], ({ view }) => {
      const explanation = view.outcome?.explanation;
      if (!explanation) return;
      outcomes += 1;
      for (const ref of explanation.sources) {
        if (!('seed' in ref)) continue;
        const plan = explanation.plans[ref.seed];
        expect([plan?.nb, plan?.nn, plan?.en].every((name) => typeof name === 'string' && name.length > 0), ref.seed).toBe(true);
      }
    });
    expect(outcomes).toBeGreaterThan(100);
  });

  it.each(['barn', 'voksen', 'utover'])('%s ships the names of the plans it cites, and no others', (id) => {
    const r = shippedFlows().find((x) => x.flow.id === id);
    if (!r) throw new Error(`${id} flow missing`);
    const cited = citedSeeds(r.flow.definition, r.flow.vocabulary.actions);
    expect(Object.keys(r.flow.vocabulary.seeds ?? {}).sort()).toEqual([...cited].sort());
    expect(cited.size).toBeGreaterThan(1);
  });
});
