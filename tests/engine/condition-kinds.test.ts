import { describe, expect, it } from 'vitest';
import { formatProblem, loadFlowProject } from '../../src/engine/authoring';
import { read, TODAY, vocabulary } from './helpers';

const BARN = 'flows/barn/1.0.0.yaml';
const barn = read(BARN);
/** The line of the flow where `text` starts: the tests follow the file as it is edited. */
const lineOf = (text: string): number => barn.slice(0, barn.indexOf(text)).split('\n').length;
const SERIOUS_CRIME_RULE = 'when: { fact: serious_crime, is: "yes" }';

/** The shipped child flow with one condition written in the wrong form: its problems, as the CLI prints them. */
function withCondition(right: string, wrong: string): string[] {
  expect(barn.split(right)).toHaveLength(2);
  return loadFlowProject(vocabulary(), [{ path: BARN, text: barn.replace(right, wrong) }], undefined, undefined, { today: TODAY }).problems.map(formatProblem);
}

describe('a condition of the wrong kind for its question', () => {
  it('is an error where a list test on a yes/no fact would switch the duty to avert off (the belt case)', () => {
    expect(withCondition('when: { fact: serious_crime, is: "yes" }', 'when: { fact: serious_crime, includes: "yes" }')).toEqual([
      `${BARN}:${lineOf(SERIOUS_CRIME_RULE)}:50: error CONDITION_WRONG_KIND "serious_crime" is one answer, not a checklist, so "includes" never holds for it and this rule or action is switched off: write { fact: serious_crime, is: "yes" } (at phases.avklar[9].rules[0].when.includes)`,
    ]);
  });

  it('is an error for a one-value test on a checklist, inside any, at the line of the test', () => {
    const before = 'includesAny: [physical-injuries, violence-now] }\n              - { fact: violence_forms, ';
    expect(withCondition(`${before}includes: physical }`, `${before}is: physical }`)).toEqual([
      expect.stringMatching(new RegExp(`^flows/barn/1\\.0\\.0\\.yaml:${lineOf(before) + 1}:\\d+: error CONDITION_WRONG_KIND "violence_forms" is a checklist .*write \\{ fact: violence_forms, includes: physical \\}`)),
    ]);
  });

  it('gives includesAny for in on a checklist', () => {
    expect(withCondition('when: { fact: violence_forms, includesAny: [fgm, forced-marriage, sent-abroad] }', 'when: { fact: violence_forms, in: [fgm, forced-marriage, sent-abroad] }')).toEqual([
      expect.stringContaining('"in" never holds for it and this rule or action is switched off: write { fact: violence_forms, includesAny: [fgm, forced-marriage, sent-abroad] }'),
    ]);
  });

  it('gives in for includesAny on a yes/no fact, inside not', () => {
    expect(withCondition('when: { fact: serious_crime, is: "yes" }', 'when: { not: { fact: serious_crime, includesAny: ["no", "unsure"] } }')).toEqual([
      expect.stringContaining('"includesAny" never holds for it and this rule or action is switched off: write { fact: serious_crime, in: ["no", "unsure"] } (at phases.avklar[9].rules[0].when.not.includesAny)'),
    ]);
  });

  it('leaves answered alone: it fits both kinds', () => {
    expect(withCondition('when: { fact: serious_crime, is: "yes" }', 'when: { fact: serious_crime, answered: true }')).toEqual([]);
  });
});

describe('an unknown value written in Norwegian', () => {
  it('suggests the value it means: «ja» is "yes", at the value itself', () => {
    expect(withCondition('when: { fact: serious_crime, is: "yes" }', 'when: { fact: serious_crime, is: "ja" }')).toEqual([
      `${BARN}:${lineOf(SERIOUS_CRIME_RULE)}:44: error UNKNOWN_VALUE "serious_crime" can never be "ja" (did you mean "yes"?): its question offers "yes", "no", "unsure" (at phases.avklar[9].rules[0].when.is)`,
    ]);
  });

  it('suggests "no" for «nei» and "unsure" for «vet ikke», in a list', () => {
    expect(withCondition('when: { fact: serious_crime, is: "yes" }', 'when: { fact: serious_crime, in: ["nei", "vet ikke"] }')).toEqual([
      expect.stringContaining('can never be "nei" (did you mean "no"?)'),
      expect.stringContaining('can never be "vet ikke" (did you mean "unsure"?)'),
    ]);
  });

  it('suggests by meaning for a branch too', () => {
    expect(withCondition('        "yes": handle-acute\n', '        "ja": handle-acute\n')).toEqual([
      expect.stringContaining('UNKNOWN_VALUE "ja" is not an answer to this question (did you mean "yes"?)'),
    ]);
  });
});
