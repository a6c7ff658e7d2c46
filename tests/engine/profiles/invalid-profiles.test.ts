import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROFILE_CODES } from '../../../src/engine/profiles/codes';
import { loadProfile } from '../../../src/engine/profiles/load-profile';
import { ROOT, TODAY } from './helpers';

const DIR = 'tests/fixtures/invalid-profiles';

/** Each fixture states what it must produce in its first line: "# expect: CODE LINE (why)". */
const fixtures = readdirSync(`${ROOT}${DIR}`)
  .filter((f) => f.endsWith('.yaml'))
  .map((name) => {
    const text = readFileSync(`${ROOT}${DIR}/${name}`, 'utf8');
    const m = /^# expect: ([A-Z_]+) (\d+)/.exec(text);
    if (!m) throw new Error(`${name} has no "# expect: CODE LINE" header`);
    return { name, text, code: m[1] ?? '', line: Number(m[2]) };
  });

describe('invalid profiles', () => {
  it('have one fixture for every code a file can produce', () => {
    // Not the file's content: a file that cannot be read, one checked from outside profiles/ (the CLI's, tested there),
    // and the checks of the folder as a whole (folder.test.ts).
    const notOfOneFile = ['FILE_READ', 'PROFILE_OUTSIDE_PROFILES', 'NATIONAL_PROFILE_MISSING', 'DUPLICATE_PROFILE_NAME'];
    const fileCodes = Object.keys(PROFILE_CODES).filter((c) => !notOfOneFile.includes(c));
    expect(fixtures.map((f) => f.code).sort()).toEqual([...fileCodes].sort());
  });

  it.each(fixtures)('$name reports $code at line $line and nothing else', ({ name, text, code, line }) => {
    const result = loadProfile(`${DIR}/${name}`, text, { today: TODAY });
    expect(result.problems.map((p) => `${p.code}:${p.line}`)).toEqual([`${code}:${line}`]);
    const problem = result.problems[0];
    expect(problem?.file).toBe(`${DIR}/${name}`);
    expect(problem?.column).toBeGreaterThan(0);
    expect(problem?.severity).toBe(PROFILE_CODES[code as keyof typeof PROFILE_CODES]);
    // A warning still yields the profile; an error never does.
    expect(result.status).toBe(problem?.severity === 'warning' ? 'warnings' : 'failure');
  });
});
