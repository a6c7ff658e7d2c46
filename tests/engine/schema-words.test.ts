import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/engine/profiles/load-profile';
import { loadFlowProject } from '../../src/engine/authoring';
import { EXAMPLE_FILE, read, vocabulary } from './helpers';

/** The first schema message for a profile file's text, as an adviser reads it in the CLI. */
const profileMessage = (text: string): string | undefined => loadProfile('flows/profiles/testvik.yaml', text).problems.find((p) => p.code === 'PROFILE_SCHEMA')?.message;

describe('schema problems in plain words, for people who are not programmers', () => {
  it('an empty profile file says it is empty', () => {
    expect(profileMessage('')).toBe('the file is empty');
  });

  it('a file that is not fields (a pasted line of text) says so', () => {
    expect(profileMessage('Barnevernet 55 12 34 56\n')).toBe('this file is not a group of fields (name: value on lines of their own), but text: is it the right file?');
  });

  it('a field written as a number asks for quotes', () => {
    const text = ['id: 2026', ''].join('\n');
    expect(loadProfile('flows/profiles/testvik.yaml', text).problems.map((p) => p.message)).toContain(
      '"id" must be text: put the value in quotes ("…"); without them YAML reads 1.0 or 55123456 as a number and yes/no as true/false',
    );
  });

  it('a flow with a misspelt kind of node names the field and the kinds there are', () => {
    const text = read(EXAMPLE_FILE).replace('kind: guidance', 'kind: guidence');
    const { problems } = loadFlowProject(vocabulary(), [{ path: EXAMPLE_FILE, text }], undefined);
    expect(problems.map((p) => p.message)).toContain('"kind" must be one of "guidance", "question", "decision", "outcome"');
  });
});
