import { describe, expect, it } from 'vitest';
import { loadFlowProject } from '../../src/engine/authoring';
import { read, vocabulary } from './helpers';

describe('a mistake is reported once, with a suggestion', () => {
  it('a misspelt `next` on a yes/no/unsure question is one UNKNOWN_TARGET, naming the id that was meant', () => {
    const path = 'flows/barn/1.0.0.yaml';
    const text = read(path).replace('next: earlier-report', 'next: earlier-reprot');
    const { problems } = loadFlowProject(vocabulary(), [{ path, text }], undefined);
    const unknown = problems.filter((p) => p.code === 'UNKNOWN_TARGET');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]?.message).toBe('"lives-with-violence" leads to "earlier-reprot", which does not exist (did you mean "earlier-report"?)');
  });
});
