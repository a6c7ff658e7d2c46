import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLOW_CODES, formatProblem, loadFlowProject, type FlowCode, type SourceFile } from '../../src/engine/authoring';
import { project, read, ROOT, source, vocabulary, yamlUnder } from './helpers';

const INVALID = 'tests/fixtures/invalid-flows';
const TWINS = 'tests/fixtures/valid-twins';

interface Expected {
  file: string;
  code: FlowCode;
  line: number;
  column: number;
}

/**
 * A fixture is one flow file, or a folder laid out like flows/ (several versions, maybe a
 * published.lock.json) for the checks across files. The file with the defect says on its first
 * line what it must produce: "# expect: CODE at line L column C (why)".
 */
function filesOf(dir: string, name: string): { files: SourceFile[]; lock: string | undefined } {
  const path = `${dir}/${name}`;
  if (name.endsWith('.yaml')) return { files: [source(path)], lock: undefined };
  return { files: yamlUnder(path).map(source), lock: `${path}/published.lock.json` };
}

function expectedOf(files: SourceFile[]): Expected {
  const found = files.flatMap((f) => {
    const m = /^# expect: ([A-Z_]+) at line (\d+) column (\d+)/.exec(f.text);
    return m ? [{ file: f.path, code: m[1] as FlowCode, line: Number(m[2]), column: Number(m[3]) }] : [];
  });
  if (found.length !== 1) throw new Error(`exactly one file of ${files.map((f) => f.path).join(', ')} must start with "# expect: CODE at line L column C"`);
  return found[0] as Expected;
}

const names = readdirSync(join(ROOT, INVALID)).filter((n) => n.endsWith('.yaml') || !n.includes('.')).sort();
const fixtures = names.map((name) => {
  const { files, lock } = filesOf(INVALID, name);
  return { name, files, lock, expected: expectedOf(files) };
});

/**
 * Codes a fixture cannot show: they concern the vocabulary, the lock file itself, scenarios,
 * flows/publisher.yaml (tests/engine/publisher.test.ts, tests/cli/publisher.test.ts) or a validator
 * bug; or they come from the CLI's checks before anything goes live, which walk every path and are
 * tested on real flows (tests/cli/publishing.test.ts); or they concern where a file is saved, not
 * what it says (tests/cli/misplaced-files.test.ts).
 */
const NOT_A_FLOW_DEFECT: FlowCode[] = [
  'INTERNAL', 'PUBLISHED_MISSING', 'LOCK_INVALID', 'VOCABULARY_MISSING', 'SCENARIO_SCHEMA', 'SCENARIO_UNKNOWN_FLOW', 'SCENARIO_UNKNOWN_QUESTION',
  'SCENARIO_UNKNOWN_ACTION', 'SCENARIO_FAILED', 'PROFILE_DEFAULT_UNKNOWN', 'SAFETY_RULE', 'NO_FLOWS', 'PUBLISHER_MISSING', 'NO_FEEDBACK_CHANNEL', 'BAD_EMAIL',
  'SCENARIO_OUTSIDE_SCENARIOS', 'MISPLACED_FILE',
];

describe('invalid flow fixtures', () => {
  it('cover every check a flow file or a set of versions can fail', () => {
    const covered = new Set(fixtures.map((f) => f.expected.code));
    const checks = (Object.keys(FLOW_CODES) as FlowCode[]).filter((c) => !NOT_A_FLOW_DEFECT.includes(c));
    expect(checks.filter((c) => !covered.has(c))).toEqual([]);
  });

  it('each have a valid twin of the same name', () => {
    expect(names.filter((n) => !existsSync(join(ROOT, TWINS, n)))).toEqual([]);
  });

  it.each(fixtures)('$name reports $expected.code at line $expected.line and nothing else', ({ files, lock, expected }) => {
    const { problems } = project(files, lock);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.code}`)).toEqual([`${expected.file}:${expected.line}:${expected.column} ${expected.code}`]);
    const problem = problems[0];
    expect(problem?.severity).toBe(FLOW_CODES[expected.code]);
    expect(formatProblem(problem!)).toMatch(new RegExp(`^${expected.file.replace(/\./g, '\\.')}:${expected.line}:${expected.column}: ${FLOW_CODES[expected.code]} ${expected.code} \\S`));
  });

  it.each(fixtures)('$name: its twin, with the defect fixed, has no problems at all and compiles', ({ name, files }) => {
    const twin = filesOf(TWINS, name);
    expect(twin.files.map((f) => f.path.replace(TWINS, INVALID))).toEqual(files.map((f) => f.path));
    const p = project(twin.files, twin.lock);
    expect(p.problems).toEqual([]);
    expect(p.compiled).toHaveLength(twin.files.length);
  });

  it('names a loop starting from the node it reports', () => {
    const loop = fixtures.find((f) => f.name === 'cycle-without-outcome.yaml');
    expect(project(loop!.files).problems[0]?.message).toBe('the loop "wait" → "wait-more" never reaches an outcome');
  });

  it('keeps a flow with only warnings usable, and refuses one with an error', () => {
    const warned = fixtures.find((f) => f.name === 'fact-never-read.yaml');
    const broken = fixtures.find((f) => f.name === 'dead-end.yaml');
    expect(project(warned!.files).compiled).toHaveLength(1);
    expect(project(broken!.files).compiled).toHaveLength(0);
  });
});

describe('problems outside a single flow definition', () => {
  const flow = source(`${TWINS}/dead-end.yaml`);

  it('VOCABULARY_MISSING when there is no vocabulary, and nothing is compiled', () => {
    const p = loadFlowProject(undefined, [flow], undefined);
    expect(p.problems.map((x) => x.code)).toEqual(['VOCABULARY_MISSING']);
    expect(p.compiled).toEqual([]);
  });

  it('LOCK_INVALID when the publish lock is not an object of hashes', () => {
    const p = loadFlowProject(vocabulary(), [flow], '["not", "a", "lock"]');
    expect(p.problems).toMatchObject([{ code: 'LOCK_INVALID', severity: 'error', file: 'flows/published.lock.json', line: 1 }]);
  });

  it('PUBLISHED_MISSING when the lock names a version whose file is gone', () => {
    const p = loadFlowProject(vocabulary(), [flow], JSON.stringify({ 'gone@1.0.0': 'sha256-00' }));
    expect(p.problems).toMatchObject([{ code: 'PUBLISHED_MISSING', severity: 'warning', path: ['gone@1.0.0'] }]);
  });

  it('SCHEMA in the vocabulary itself is reported against flows/vocabulary.yaml', () => {
    const broken = read('flows/vocabulary.yaml').replace(/^actions:$/m, 'akshuns:');
    const p = loadFlowProject({ path: 'flows/vocabulary.yaml', text: broken }, [flow], undefined);
    expect(p.problems.filter((x) => x.code === 'SCHEMA').map((x) => x.file)).toContain('flows/vocabulary.yaml');
    expect(p.compiled).toEqual([]);
  });
});
