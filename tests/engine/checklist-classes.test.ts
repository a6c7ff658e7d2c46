import { describe, expect, it } from 'vitest';
import { answerChoices, checklistClasses } from '../../src/engine/authoring';
import type { FlowDefinition, QuestionNode } from '../../src/schema/flow';

const option = (value: string) => ({ value, label: { nb: value, nn: value, en: value } });
const text = { nb: 't', nn: 't', en: 't' };
/** A checklist of 14 signs, with rules that name two alone, three together, and all of them. */
const signs = ['bruises', 'burns', 'genital', 'urinary', 'sexualised', ...Array.from({ length: 9 }, (_, i) => `other-${i}`)];
const question: QuestionNode = { id: 'signs', kind: 'question', answer: 'checklist', fact: 'signs', prompt: text, options: signs.map(option), next: 'route' };
const def = {
  start: 'signs',
  phases: {
    se: [
      question,
      {
        id: 'route',
        kind: 'decision',
        rules: [
          { id: 'injury', when: { fact: 'signs', includesAny: ['bruises', 'burns'] }, next: 'a' },
          { id: 'sexual', when: { fact: 'signs', includesAny: ['genital', 'urinary', 'sexualised'] }, next: 'b' },
          { id: 'anything', when: { fact: 'signs', includesAny: signs }, next: 'b' },
        ],
        otherwise: 'b',
      },
    ],
    spor: [],
    avklar: [],
    handle: [
      { id: 'a', kind: 'outcome', disposition: 'acute', title: text, actions: [] },
      { id: 'b', kind: 'outcome', disposition: 'consultation', title: text, actions: [] },
    ],
  },
} as unknown as FlowDefinition;

describe('exploring a checklist by classes of options every condition treats alike', () => {
  it('puts options that every test names together in one class', () => {
    expect(checklistClasses(def).get('signs')).toEqual([['bruises', 'burns'], ['genital', 'urinary', 'sexualised'], signs.slice(5)]);
  });

  it('tries every subset of the classes, each standing for all the ways of ticking it: 2^14 answers in all', () => {
    const choices = answerChoices(question, checklistClasses(def));
    expect(choices).toHaveLength(2 ** 3);
    expect(choices.reduce((n, c) => n + c.weight, 0)).toBe(2 ** signs.length);
    expect(choices.map((c) => c.value)).toContainEqual(['bruises', 'genital', 'other-0']);
  });

  it('lets a watched condition split a class, so the option it names is tried on its own', () => {
    const classes = checklistClasses(def, [{ fact: 'signs', includes: 'other-3' }]);
    expect(classes.get('signs')).toContainEqual(['other-3']);
    expect(answerChoices(question, classes)).toHaveLength(2 ** 4);
  });
});
