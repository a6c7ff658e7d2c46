import { describe, expect, it } from 'vitest';
import { loadScenario, runScenario, type WalkView } from '../../src/engine/authoring';
import { shippedFlows } from '../flows/shipped';
import { read } from './helpers';

/** Where a shipped scenario's walk ends. */
function endOf(flowId: string, name: string): WalkView {
  const file = `flows/${flowId}/scenarios/${name}.yaml`;
  const loaded = loadScenario(file, read(file));
  if (loaded.status === 'failure') throw new Error(`${file} does not load`);
  const r = shippedFlows().find((f) => f.flow.id === flowId);
  if (!r) throw new Error(`${flowId} missing`);
  const end = runScenario(r, loaded.value).end;
  if (!end?.outcome) throw new Error(`${file} ends nowhere`);
  return end;
}

/**
 * The page heading of an outcome is its level's, from the vocabulary — except a consultation outcome
 * that words its own (a person who wants help is not «unsure»); the validator allows no other level to.
 */
describe('the outcome headline', () => {
  it("is the vocabulary's for an acute outcome", () => {
    const end = endOf('voksen', 'akutt-nabo-horer-skrik');
    expect(end.outcome?.headline.nb).toBe('Ring politiet nå');
  });

  it("is the outcome's own when a consultation outcome words it: the person wants help", () => {
    const end = endOf('voksen', 'mann-utsatt-vil-ha-hjelp');
    expect(end.outcome?.disposition).toBe('consultation');
    expect(end.outcome?.headline).toMatchObject({ nb: 'Hjelp personen videre', en: 'Help the person take the next step' });
    expect(end.outcome?.headlineText.nb).not.toContain('usikker');
  });

  it("stays the vocabulary's for a consultation outcome that does not word its own", () => {
    const end = endOf('barn', '18-barnehage-usikker-droefting');
    expect(end.outcome?.headline.nb).toBe('Drøft saken anonymt');
  });
});
