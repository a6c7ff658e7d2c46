import { describe, expect, it } from 'vitest';
import { closestAnswer } from '../../src/engine/answer-words';

const YESNO = ['yes', 'no', 'unsure'];

describe('«did you mean …?» for an answer value', () => {
  it.each([
    ['ja', 'yes'], ['Ja', 'yes'], ['JA.', 'yes'], ['jo', 'yes'],
    ['nei', 'no'], ['Nei', 'no'], ['ikkje', 'no'],
    ['usikker', 'unsure'], ['vet ikke', 'unsure'], ['veit ikkje', 'unsure'], ['vet_ikke', 'unsure'], ['kanskje', 'unsure'],
    ['Yes', 'yes'], ['yse', 'yes'], ['unsrue', 'unsure'],
  ])('reads %j as "%s"', (word, meant) => {
    expect(closestAnswer(word, YESNO)).toBe(meant);
  });

  it('never offers the opposite: edit distance alone turns «ja» into "no" and «nei» into "yes"', () => {
    for (const word of ['ja', 'Ja', 'jo']) expect(closestAnswer(word, YESNO)).not.toBe('no');
    for (const word of ['nei', 'Nei', 'ikke']) expect(closestAnswer(word, YESNO)).not.toBe('yes');
  });

  it('suggests nothing when the word means a value the question does not offer', () => {
    expect(closestAnswer('ja', ['little', 'much'])).toBeUndefined();
    expect(closestAnswer('nei', ['yes', 'unsure'])).toBeUndefined();
  });

  it('suggests nothing for a word as near the opposite as the value', () => {
    // «nys» is two letters from both "yes" and "no": the spelling cannot tell which was meant.
    expect(closestAnswer('nys', ['yes', 'no'])).toBeUndefined();
  });

  it('maps «vet ikke» to a choice question\'s "not-known" when it has no "unsure"', () => {
    expect(closestAnswer('vet ikke', ['seen', 'told', 'not-known'])).toBe('not-known');
  });

  it('falls back to spelling for option values', () => {
    expect(closestAnswer('bruise', ['bruises', 'afraid'])).toBe('bruises');
  });
});
