import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenario, runScenario, scenarioProblems, type LoadedScenario } from '../../src/engine/authoring';
import { EXAMPLE_SCENARIO, exampleRunnable, read } from './helpers';

const r = exampleRunnable();
const text = read(EXAMPLE_SCENARIO);

function load(yaml: string): LoadedScenario {
  const result = loadScenario(EXAMPLE_SCENARIO, yaml);
  if (result.status === 'failure') throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.value;
}

describe('loadScenario', () => {
  it('loads the example scenario without problems', () => {
    expect(loadScenario(EXAMPLE_SCENARIO, text).problems).toEqual([]);
  });

  it('reports an unknown key on its own line, in the same words as for flows, with the key it most likely meant', () => {
    const result = loadScenario(EXAMPLE_SCENARIO, text.replace('expect:\n', 'expect:\n  outcomes: out-report\n'));
    expect(result.problems.map(formatProblem)).toEqual([`${EXAMPLE_SCENARIO}:10:13: error SCENARIO_SCHEMA unknown key "outcomes" (did you mean "outcome"?) (at expect.outcomes)`]);
  });

  it('reports a text that lacks a language as MISSING_TRANSLATION', () => {
    const result = loadScenario(EXAMPLE_SCENARIO, text.replace(', en: A child has bruises. }', ' }'));
    expect(result.problems).toMatchObject([{ code: 'MISSING_TRANSLATION', severity: 'error', line: 3, path: ['vignette'] }]);
    expect(result.status).toBe('failure');
  });
});

describe('runScenario', () => {
  it('passes when the walk ends where the scenario expects', () => {
    const result = runScenario(r, load(text));
    expect(result).toMatchObject({ passed: true, failures: [], unused: [] });
    expect(result.end?.nodeId).toBe('out-report');
  });

  it('says what was expected and what the walk gave', () => {
    const result = runScenario(r, load(text.replace('disposition: bekymringsmelding', 'disposition: acute')));
    expect(result.passed).toBe(false);
    expect(result.failures).toEqual(['disposition: expected acute, got bekymringsmelding (outcome "out-report")']);
  });

  it('points at the answers when a question on the way has none', () => {
    const result = runScenario(r, load(text.replace('  suspect: guardian\n', '')));
    expect(result.failures).toEqual([`line 4: no answer for the question "suspect" (Who may be behind it?)`]);
  });

  it('points at an answer the question does not offer', () => {
    const result = runScenario(r, load(text.replace('suspect: guardian', 'suspect: neighbour')));
    expect(result.failures).toEqual(['line 7: "neighbour" is not an answer to "suspect"; it takes one of guardian, other, unknown']);
  });

  it('names the value in a checklist answer that the question does not offer', () => {
    const result = runScenario(r, load(text.replace('signs: [bruises]', 'signs: [bruises, absense]')));
    expect(result.failures).toEqual([expect.stringMatching(/^line 6: "absense" is not an answer to "signs"; it takes a list of /)]);
  });

  it('notes answers that were never asked on this walk', () => {
    const result = runScenario(r, load(text.replace('acute: "no"', 'acute: "yes"')));
    expect(result.unused).toEqual(['signs', 'suspect', 'threshold']);
  });
});

describe('scenarioProblems', () => {
  it('reports an answer to a node that is not a question', () => {
    const problems = scenarioProblems(r, load(text.replace('  threshold: "yes"\n', '  threshold: "yes"\n  intro: "yes"\n')));
    expect(problems).toMatchObject([{ code: 'SCENARIO_UNKNOWN_QUESTION', severity: 'error', line: 9, path: ['answers', 'intro'] }]);
  });
});

describe('an action id in expect.actions that is not an action', () => {
  it('is an error in exclude, where a typo would silently switch the guard off', () => {
    const problems = scenarioProblems(r, load(text.replace('exclude: [inform-guardians]', 'exclude: [inform-guardian]')));
    expect(problems.map(formatProblem)).toEqual([
      `${EXAMPLE_SCENARIO}:14:15: error SCENARIO_UNKNOWN_ACTION "inform-guardian" is not an action any outcome of example 1.0.0 gives (did you mean "inform-guardians"?): excluding it guards nothing; write the action's id as the vocabulary spells it (at expect.actions.exclude[0])`,
    ]);
  });

  it('is an error in include too, naming the id meant rather than a walk of actions', () => {
    const problems = scenarioProblems(r, load(text.replace('include: [bekymringsmelding,', 'include: [bekymringsmeldingen,')));
    expect(problems).toMatchObject([{ code: 'SCENARIO_UNKNOWN_ACTION', line: 13, path: ['expect', 'actions', 'include', 0] }]);
    expect(problems[0]?.message).toContain('(did you mean "bekymringsmelding"?)');
  });

  it('lets a scenario exclude a vocabulary action its flow never gives (an adult flow and inform-guardians)', () => {
    const scenario = load(text.replace('exclude: [inform-guardians]', 'exclude: [call-113]'));
    expect(scenarioProblems(r, scenario, { vocabularyActions: ['call-113', ...Object.keys(r.flow.vocabulary.actions)] })).toEqual([]);
  });

  it('takes a different number for a different action, not a typo (call-113 beside call-112)', () => {
    expect(scenarioProblems(r, load(text.replace('exclude: [inform-guardians]', 'exclude: [call-113]')))).toEqual([]);
  });

  it('fails `npm run flows -- scenarios` too, which walks without validating', () => {
    const result = runScenario(r, load(text.replace('exclude: [inform-guardians]', 'exclude: [inform-guardian]')));
    expect(result.passed).toBe(false);
    expect(result.failures).toEqual([expect.stringContaining('"inform-guardian" is not an action')]);
  });

  it('with the vocabulary given, reports an id spelt like no action at all', () => {
    const scenario = load(text.replace('exclude: [inform-guardians]', 'exclude: [tell-the-parents]'));
    expect(scenarioProblems(r, scenario).map((p) => p.code)).toEqual([]);
    expect(scenarioProblems(r, scenario, { vocabularyActions: Object.keys(r.flow.vocabulary.actions) }).map((p) => p.code)).toEqual(['SCENARIO_UNKNOWN_ACTION']);
  });
});

describe('an answer in Norwegian', () => {
  it('is suggested by meaning: «ja» means "yes", never "no"', () => {
    const result = runScenario(r, load(text.replace('acute: "no"', 'acute: "ja"')));
    expect(result.failures).toEqual([expect.stringContaining('"ja" is not an answer to "acute" (did you mean "yes"?)')]);
  });
});
