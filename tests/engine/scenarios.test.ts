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

  it('reports an unknown key on its own line, in the same words as for flows', () => {
    const result = loadScenario(EXAMPLE_SCENARIO, text.replace('expect:\n', 'expect:\n  outcomes: out-report\n'));
    expect(result.problems.map(formatProblem)).toEqual([`${EXAMPLE_SCENARIO}:10:13: error SCENARIO_SCHEMA unknown key "outcomes" (at expect.outcomes)`]);
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
