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

  it('a misspelt `next` that was the only way on is that one error: what lies behind it is not also «unreachable»', () => {
    const path = 'tests/fixtures/example/flows/example/1.1.0.yaml';
    const text = read(path).replace('next: signs', 'next: signz');
    const { problems, withErrors } = loadFlowProject(vocabulary(), [{ path, text }], undefined);
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(['UNKNOWN_TARGET']);
    expect([...withErrors]).toEqual(['example@1.1.0']);
  });

  it('with every target found, the nodes nothing leads to are reported', () => {
    const path = 'tests/fixtures/example/flows/example/1.1.0.yaml';
    const text = read(path).replace('next: signs', 'next: talk');
    const { problems } = loadFlowProject(vocabulary(), [{ path, text }], undefined);
    expect(problems.filter((p) => p.code === 'UNREACHABLE').map((p) => p.message)).toContain('"signs" can never be reached from the start "acute"');
  });

  it('a published version whose file has a mistake is there but failing its checks, not «gone»', () => {
    const path = 'tests/fixtures/example/flows/example/1.0.0.yaml';
    const text = read(path).replace('next: signs', 'next: signz');
    const lock = JSON.stringify({ 'example@1.0.0': 'sha256:recorded-when-published' });
    const { problems } = loadFlowProject(vocabulary(), [{ path, text }], lock);
    expect(problems.map((p) => p.code)).toEqual(['UNKNOWN_TARGET', 'PUBLISHED_CHANGED']);
    expect(problems[1]?.message).toBe('example@1.0.0 was published and its file no longer passes the checks (its errors are listed with it): if it was edited, restore it as published and make a new version for the change');
  });

  it('a copied node not yet renamed is its DUPLICATE_ID, not also every fact it sets «never set»', () => {
    const path = 'flows/barn/1.0.0.yaml';
    const text = read(path).replace('    - id: violence-forms', '    - id: signs');
    const { problems } = loadFlowProject(vocabulary(), [{ path, text }], undefined);
    expect(problems.map((p) => p.code).sort()).toEqual(['DUPLICATE_ID', 'UNKNOWN_TARGET']);
  });

  it('an empty condition `when: {}` is the schema\'s error, not a text «missing in nb, nn, en»', () => {
    const path = 'flows/barn/1.0.0.yaml';
    const text = read(path).replace('when: { fact: serious_crime, is: "yes" }', 'when: {}');
    expect(text).not.toBe(read(path));
    const { problems } = loadFlowProject(vocabulary(), [{ path, text }], undefined);
    expect(problems.map((p) => p.code)).toContain('SCHEMA');
    expect(problems.map((p) => p.code)).not.toContain('MISSING_TRANSLATION');
  });

  it('an empty translation is one MISSING_TRANSLATION, not also the schema\'s «"en" is empty»', () => {
    const path = 'flows/barn/1.0.0.yaml';
    const text = read(path).replace('en: "Have you seen, heard or been told anything that points to any of these?"', 'en: ""');
    const { problems } = loadFlowProject(vocabulary(), [{ path, text }], undefined);
    expect(problems.map((p) => `${p.code} ${p.message}`)).toEqual(['MISSING_TRANSLATION text is missing in en']);
  });

  it('a misspelt action names the one that was meant', () => {
    const path = 'flows/barn/1.0.0.yaml';
    const text = read(path).replace('- action: travel-and-passport', '- action: travel-and-pasport');
    const { problems } = loadFlowProject(vocabulary(), [{ path, text }], undefined);
    expect(problems.map((p) => `${p.code} ${p.message}`)).toEqual(['UNKNOWN_ACTION "travel-and-pasport" is not in the action vocabulary (flows/vocabulary.yaml) (did you mean "travel-and-passport"?)']);
  });

  it('a misspelt plan in a source names the plan that was meant, where it stands', () => {
    const path = 'flows/barn/1.0.0.yaml';
    const first = read(path).indexOf('seed: 003_d4576f55b733175a.txt');
    const text = read(path).replace('seed: 003_d4576f55b733175a.txt', 'seed: 003_d4576f55b733175.txt');
    const problems = loadFlowProject(vocabulary(), [{ path, text }], undefined).problems;
    expect(problems.map((p) => `${p.code} ${p.message}`)).toEqual(['UNKNOWN_SEED "003_d4576f55b733175.txt" is not in the list of plans (seeds in flows/vocabulary.yaml) (did you mean "003_d4576f55b733175a.txt"?)']);
    expect(problems[0]?.line).toBe(text.slice(0, first).split('\n').length);
  });

  it('a seed cited in the vocabulary but missing from its list of plans is reported there', () => {
    const broken = { path: 'flows/vocabulary.yaml', text: read('flows/vocabulary.yaml').replace(/\n {2}004_e27eb3e65cd8eab3\.txt:\n(?: {4}.*\n){3}/, '\n') };
    const project = loadFlowProject(broken, [], undefined);
    expect(project.problems.length).toBeGreaterThan(0);
    expect(project.problems.every((p) => p.code === 'UNKNOWN_SEED' && p.file === 'flows/vocabulary.yaml' && p.message.startsWith('"004_e27eb3e65cd8eab3.txt"'))).toBe(true);
  });

  it('a misspelt fact or answer value in a rule names the one that was meant', () => {
    const path = 'flows/barn/1.0.0.yaml';
    const text = read(path).replace('{ fact: serious_crime, is: "yes" }', '{ fact: serius_crime, is: "yes" }').replace('{ fact: reason_to_believe, is: "yes" }', '{ fact: reason_to_believe, is: "yse" }');
    const messages = loadFlowProject(vocabulary(), [{ path, text }], undefined).problems.map((p) => `${p.code} ${p.message}`);
    expect(messages).toContain('FACT_NEVER_SET the fact "serius_crime" is read here, but no question sets it (did you mean "serious_crime"?)');
    expect(messages).toContainEqual(expect.stringMatching(/^UNKNOWN_VALUE "reason_to_believe" can never be "yse" \(did you mean "yes"\?\): its question offers /));
  });

  it('a vocabulary that does not load is its own error, not also one for every flow and scenario that needs it', () => {
    const path = 'tests/fixtures/example/flows/example/1.1.0.yaml';
    const broken = { path: 'flows/vocabulary.yaml', text: read('flows/vocabulary.yaml').replace(/\n {2}(\S)/, '\n\t$1') };
    const project = loadFlowProject(broken, [{ path, text: read(path) }], undefined);
    expect(project.problems.map((p) => p.code)).toEqual(['YAML_SYNTAX']);
    expect([...project.withErrors]).toEqual(['example@1.1.0']);
  });
});
