import { describe, expect, it } from 'vitest';
import { closest } from '../../src/engine/closest';

describe('«did you mean …?» for a misspelt name', () => {
  it('finds a node id with letters swapped, as validation-codes.md promises', () => {
    expect(closest('earlier-reprot', ['earlier-report', 'lives-with-violence', 'handle-report'])).toBe('earlier-report');
    expect(closest('out-reprot', ['out-report', 'out-consult'])).toBe('out-report');
  });

  it('finds a role with a letter too many, whatever the case', () => {
    expect(closest('Barnevernsvakt', ['barneverntjeneste', 'barnevernvakt', 'police'])).toBe('barnevernvakt');
  });

  it('still finds a name the word is part of', () => {
    expect(closest('krise', ['krisesenter', 'police'])).toBe('krisesenter');
  });

  it('suggests nothing for a word like none of them', () => {
    expect(closest('zebra', ['barnevernvakt', 'police'])).toBeUndefined();
    expect(closest('', ['police'])).toBeUndefined();
  });
});
