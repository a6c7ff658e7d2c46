import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { run as validate } from '../../src/cli/commands/validate';
import { run as diff } from '../../src/cli/commands/diff';
import { FLOW_CODES, type FlowCatalog, type FlowCode } from '../../src/engine/authoring';
import { compiledIn, EXAMPLE_DIR, ROOT } from '../engine/helpers';
import { childFlowOnly, exampleWithProfiles, flows, flowsFrom } from './run-cli';

const lastLine = (s: string): string => s.trimEnd().split('\n').at(-1) ?? '';
/** A stack trace line, as Node prints them: bad input must never produce one. */
const STACK = /^ {4}at /m;

const INVALID = 'tests/fixtures/invalid-flows';
const EXAMPLE = ['--flows', EXAMPLE_DIR];

/**
 * For each test of the describe block it is called in: a copy of the example flows in a new
 * temporary folder, with one edit to one of its files, removed after the test.
 */
function useEditedExample(name: string, file: string, from: string, to: string): () => string {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), `tiltakskort-${name}-`));
    cpSync(join(ROOT, EXAMPLE_DIR), dir, { recursive: true });
    const path = join(dir, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}

/** Each fixture's expected problem, from its "# expect: CODE at line L column C" header. */
const fixtures = readdirSync(join(ROOT, INVALID))
  .filter((n) => n.endsWith('.yaml') || !n.includes('.'))
  .sort()
  .map((name) => {
    const files = name.endsWith('.yaml') ? [`${INVALID}/${name}`] : readdirSync(join(ROOT, INVALID, name), { recursive: true }).map(String).filter((f) => f.endsWith('.yaml')).map((f) => `${INVALID}/${name}/${f}`);
    const [file, code, line, column] = files.flatMap((f) => {
      const m = /^# expect: ([A-Z_]+) at line (\d+) column (\d+)/.exec(readFileSync(join(ROOT, f), 'utf8'));
      return m ? [[f, m[1] ?? '', m[2] ?? '', m[3] ?? '']] : [];
    })[0] ?? [];
    // A folder is checked as a flows folder (with its publish lock); a file on its own.
    const args = name.endsWith('.yaml') ? [`${INVALID}/${name}`] : ['--flows', `${INVALID}/${name}`];
    return { name, args, file, code, line, column };
  });
const severityOf = (code: string | undefined): string => FLOW_CODES[code as FlowCode] ?? 'unknown code';
const warnings = fixtures.filter((f) => severityOf(f.code) === 'warning' && f.name.endsWith('.yaml')).length;

describe.concurrent('flows validate', () => {
  it('passes the shipped flows and prints the summary', async () => {
    const r = await flows('validate');
    expect(r.stderr).toBe('');
    expect(lastLine(r.stdout)).toMatch(/^\d+ files checked: 0 errors, \d+ warnings?$/);
    expect(r.code).toBe(0);
  });

  it('fails on the invalid fixtures, printing each problem as "file:line:col: severity CODE message"', async () => {
    const single = fixtures.filter((f) => f.name.endsWith('.yaml'));
    const r = await flows('validate', ...single.flatMap((f) => f.args));
    const lines = r.stdout.split('\n');
    for (const { file, code, line, column } of single) {
      const severity = severityOf(code);
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${file}:${line}:${column}: ${severity} ${code} \\S`)));
    }
    expect(lastLine(r.stdout)).toBe(`${single.length} files checked: ${single.length - warnings} errors, ${warnings} warnings`);
    expect(r.stdout + r.stderr).not.toMatch(STACK);
    expect(r.code).toBe(1);
  });

  it('--json prints the files and problems as JSON', async () => {
    const r = await flows('validate', '--json', `${INVALID}/dead-end.yaml`);
    const report = JSON.parse(r.stdout) as { files: string[]; problems: { code: string; line: number; column: number }[] };
    expect(report.files).toEqual([`${INVALID}/dead-end.yaml`]);
    expect(report.problems).toMatchObject([{ code: 'DEAD_END', severity: 'error', file: `${INVALID}/dead-end.yaml`, line: 12, column: 7 }]);
    expect(r.code).toBe(1);
  });
});

/** The commands run in this process with stdout captured: quick enough to run once per fixture. */
describe('validate, on each invalid fixture alone', () => {
  let write: MockInstance;
  const output = (): string => write.mock.calls.map((c) => String(c[0])).join('');
  beforeEach(() => {
    write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });
  afterEach(() => write.mockRestore());

  it.each(fixtures)('$name: prints "$file:$line:$column: … $code" and exits 1 on an error, 0 on a warning', async ({ args, file, code, line, column }) => {
    const severity = severityOf(code);
    const exit = await validate(args);
    expect(output().split('\n')).toContainEqual(expect.stringMatching(new RegExp(`^${file}:${line}:${column}: ${severity} ${code} \\S`)));
    expect(exit).toBe(severity === 'error' ? 1 : 0);
  });

  it('does not call locked versions missing when only some files are named', async () => {
    // The lock beside these flows records locked@1.0.0; naming another file must not make it look gone.
    expect(await validate(['--flows', 'tests/fixtures/valid-twins/published-changed', 'tests/fixtures/valid-twins/dead-end.yaml'])).toBe(0);
    expect(output()).not.toContain('PUBLISHED_MISSING');
  });

  it('names a vocabulary file given with --vocabulary that does not exist', async () => {
    await expect(validate(['--vocabulary', 'no/such.yaml', `${INVALID}/dead-end.yaml`])).rejects.toMatchObject({ code: 'ENOENT', path: 'no/such.yaml' });
  });

  it('diff --json gives the same diff as data', async () => {
    expect(await diff(['example@1.0.0', 'example@1.1.0', '--json', ...EXAMPLE])).toBe(0);
    const d = JSON.parse(output()) as { added: { id: string }[]; removed: unknown[]; changed: { id: string }[] };
    expect(d.added.map((n) => n.id)).toEqual(['listen']);
    expect(d.removed).toEqual([]);
    expect(d.changed.map((n) => n.id)).toEqual(['talk', 'route']);
  });
});

describe.concurrent('flows scenarios', () => {
  it('runs the example scenario', async () => {
    const r = await flows('scenarios', ...EXAMPLE);
    expect(lastLine(r.stdout)).toBe('1 passed, 0 failed');
    expect(r.code).toBe(0);
  });

  it('shows expected against actual for a failing scenario and exits 1', async () => {
    const r = await flows('scenarios', 'tests/fixtures/failing-scenarios', ...EXAMPLE);
    expect(r.stdout).toContain('✖ tests/fixtures/failing-scenarios/scenarios/expects-too-little.yaml — Expects too little');
    expect(r.stdout).toContain('disposition: expected consultation, got bekymringsmelding (outcome "out-report")');
    expect(r.stdout).toContain('actions: expected to include anonymous-consultation; got bekymringsmelding, do-not-contact-guardians, document, inform-leader');
    expect(r.stdout).toContain('actions: expected not to include do-not-contact-guardians');
    expect(lastLine(r.stdout)).toBe('0 passed, 1 failed');
    expect(r.code).toBe(1);
  });
});

describe.concurrent('flows paths', () => {
  it('prints how many answer sequences end in each outcome', async () => {
    const r = await flows('paths', 'example@1.0.0', ...EXAMPLE);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^example 1\.0\.0: \d+ walk states explored$/);
    expect(lines).toContainEqual(expect.stringMatching(/^outcome\s+disposition\s+paths$/));
    expect(lines).toContainEqual(expect.stringMatching(/^out-acute\s+acute\s+\d+$/));
    expect(lines).toContainEqual(expect.stringMatching(/^out-report\s+bekymringsmelding\s+\d+$/));
    expect(lines).toContainEqual(expect.stringMatching(/^out-consult\s+consultation\s+\d+$/));
    const counts = lines.flatMap((l) => /^out-\S+\s+\S+\s+(\d+)$/.exec(l)?.[1] ?? []).map(Number);
    const total = Number(/^total\s+(\d+)$/m.exec(r.stdout)?.[1]);
    expect(counts.every((n) => n > 0)).toBe(true);
    expect(total).toBe(counts.reduce((a, b) => a + b, 0));
    expect(r.code).toBe(0);
  });

  it('rejects a count that is not a positive whole number', async () => {
    const r = await flows('paths', 'example', '--max-states', 'lots', ...EXAMPLE);
    expect(r.stderr).toContain('--max-states takes a positive whole number, not "lots"');
    expect(r.code).toBe(2);
  });
});

describe.concurrent('flows diagram', () => {
  const example = compiledIn(EXAMPLE_DIR).find((f) => f.version === '1.0.0');
  const ids = example?.definition ? Object.values(example.definition.phases).flat().map((n) => n.id) : [];

  it('draws mermaid with one node line per node', async () => {
    const r = await flows('diagram', 'example@1.0.0', '--format', 'mermaid', ...EXAMPLE);
    expect(r.stdout.startsWith('flowchart TD\n')).toBe(true);
    for (const id of ids) expect(r.stdout).toMatch(new RegExp(`^ {4}n_${id.replace(/-/g, '_')}[[{(]`, 'm'));
    expect(r.stdout.match(/^\s+subgraph /gm)).toHaveLength(r.stdout.match(/^\s+end$/gm)?.length ?? -1);
    expect(r.code).toBe(0);
  });

  it('draws dot with balanced braces and one node statement per node', async () => {
    const r = await flows('diagram', 'example@1.0.0', '--format', 'dot', ...EXAMPLE);
    expect(r.stdout.startsWith('digraph flow {\n')).toBe(true);
    expect(r.stdout.trimEnd().endsWith('}')).toBe(true);
    const text = r.stdout.replace(/"(?:[^"\\]|\\.)*"/g, '""');
    expect(text.split('{').length).toBe(text.split('}').length);
    for (const id of ids) expect(r.stdout).toMatch(new RegExp(`^ {4}"${id}" \\[shape=`, 'm'));
    expect(r.code).toBe(0);
  });

  it('draws a well-formed svg with one node element per node', async () => {
    const r = await flows('diagram', 'example@1.0.0', '--format', 'svg', ...EXAMPLE);
    expect(r.stdout.startsWith('<svg ')).toBe(true);
    expect(wellFormed(r.stdout)).toBe(true);
    const nodes = [...r.stdout.matchAll(/<g class="node [^"]*" data-id="([^"]+)"/g)].map((m) => m[1]);
    expect(nodes.sort()).toEqual([...ids].sort());
    expect(r.code).toBe(0);
  });

  it('refuses an unknown format with the usage', async () => {
    const r = await flows('diagram', 'example', '--format', 'png', ...EXAMPLE);
    expect(r.stderr).toContain('unknown format "png"');
    expect(r.stderr).toContain('usage: npm run flows -- diagram');
    expect(r.code).toBe(2);
  });
});

describe.concurrent('flows diff', () => {
  it('lists what 1.1.0 added and changed, per language', async () => {
    const r = await flows('diff', 'example@1.0.0', 'example@1.1.0', ...EXAMPLE);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('example@1.0.0 → example@1.1.0');
    expect(lines).toContain('  effective: "2026-01-01" → "2026-06-01"');
    expect(lines).toContain('Added (1)');
    expect(lines).toContain('  + listen (guidance)');
    expect(lines).toContain('Removed (0)');
    expect(lines).toContain('  ~ talk (guidance)');
    expect(lines).toContain('      next: "suspect" → "listen"');
    expect(lines).toContain('      text [nb]: "Bruk barnets egne ord." → "Bruk ordene barnet selv bruker."');
    // Only the bokmål text was reworded.
    expect(lines.filter((l) => l.startsWith('      text ['))).toHaveLength(1);
    expect(lines).toContain('  ~ route (decision)');
    expect(lines).toContain('      rule rules.threshold-met.when.any.1.includesAny.1: (none) → "bruises"');
    expect(r.code).toBe(0);
  });


  it('says which versions exist when one is not there', async () => {
    const r = await flows('diff', 'example@1.0.0', 'example@9.0.0', ...EXAMPLE);
    expect(r.stderr).toContain('flow "example" has no version 9.0.0 (there are: 1.1.0, 1.0.0)');
    expect(r.code).toBe(1);
  });
});

describe.concurrent('flows compile', () => {
  const out = mkdtempSync(join(tmpdir(), 'tiltakskort-compile-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes index.json and one JSON per version', async () => {
    const r = await flows('compile', '-o', out, '--flows', exampleWithProfiles(out));
    expect(r.stdout).toMatch(/^wrote 2 flow versions.* and index\.json to /m);
    // Which version new walks get (both are drafts here: the newest), so a publisher sees what goes live.
    expect(r.stdout).toContain('example: new walks start on 1.1.0 (draft, effective 2026-06-01)\n');
    const catalog = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as FlowCatalog;
    expect(catalog.flows.map((f) => f.id)).toEqual(['example']);
    expect(catalog.flows[0]?.versions.map((v) => [v.version, v.file])).toEqual([['1.1.0', 'example/1.1.0.json'], ['1.0.0', 'example/1.0.0.json']]);
    for (const v of catalog.flows[0]?.versions ?? []) {
      const compiled = JSON.parse(readFileSync(join(out, v.file), 'utf8')) as { id: string; version: string; hash: string };
      expect(compiled).toMatchObject({ id: 'example', version: v.version, hash: v.hash });
    }
    expect(r.code).toBe(0);
  });

  it('keeps the default profile already published when republishing, and says when it changes', async () => {
    const site = join(out, 'site');
    const shipped = ['--flows', childFlowOnly(out)];
    const published = () => (JSON.parse(readFileSync(join(site, 'profiles', 'index.json'), 'utf8')) as { default: string }).default;
    const first = await flowsFrom({ env: { TILTAKSKORT_PROFILE: 'hallingdal' } }, 'compile', '-o', site, ...shipped);
    expect(first.code).toBe(0);
    expect(published()).toBe('hallingdal');
    // A later fix of one number, without the variable: the municipality's default stays.
    const again = await flows('compile', '-o', site, ...shipped);
    expect(again.stdout).toContain('default profile kept from the published');
    expect(again.stdout).toContain('(default: hallingdal)');
    expect(published()).toBe('hallingdal');
    const moved = await flowsFrom({ env: { TILTAKSKORT_PROFILE: 'vestfold' } }, 'compile', '-o', site, ...shipped);
    expect(moved.stdout).toContain('the default profile changes from hallingdal to vestfold');
    expect(published()).toBe('vestfold');
  });

  it('writes nothing when a flow has errors', async () => {
    const none = join(out, 'refused');
    const r = await flows('compile', '-o', none, '--flows', `${INVALID}/version-not-increasing-effective`);
    expect(r.stdout).toMatch(/nothing written to .*: fix the errors first/);
    expect(existsSync(none)).toBe(false);
    expect(r.code).toBe(1);
  });
});

describe('a flow with an error', () => {
  /** A copy of the example flows whose newest version (1.1.0) leads to a node that does not exist. */
  const copy = useEditedExample('typo', 'example/1.1.0.yaml', 'next: signs', 'next: signz');

  it('is one error, not one more for every scenario of it', async () => {
    const r = await flows('validate', '--flows', copy());
    const errors = r.stdout.split('\n').filter((l) => / error /.test(l));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/example\/1\.1\.0\.yaml:\d+:\d+: error UNKNOWN_TARGET .*"signz".*did you mean "signs"/);
    expect(r.stdout).not.toContain('SCENARIO_UNKNOWN_FLOW');
    expect(r.code).toBe(1);
  });

  it('checking only a scenario of it says that its flow has errors, rather than passing', async () => {
    const r = await flows('validate', '--flows', copy(), join(copy(), 'example', 'scenarios', 'parent-suspected.yaml'));
    expect(r.stdout).toMatch(/parent-suspected\.yaml:1:7: error SCENARIO_UNKNOWN_FLOW flow "example" has errors/);
    expect(r.code).toBe(1);
  });
});

describe('scenarios and a new version', () => {
  const copy = useEditedExample('unpractised', 'example/scenarios/parent-suspected.yaml', 'flow: example\n', 'flow: example\nversion: 1.0.0\n');

  it('says which version each scenario walked, and when no scenario walks the version new walks start on', async () => {
    const r = await flows('scenarios', '--flows', copy(), '--verbose');
    expect(r.stdout).toMatch(/✔ .*parent-suspected\.yaml — Parent suspected \[example 1\.0\.0\] → bekymringsmelding/);
    expect(r.stdout).toContain('note: no scenario walks example 1.1.0, the version new walks start on');
    expect(r.code).toBe(0);
  });
});

describe('a practice scenario that no longer holds', () => {
  const copy = useEditedExample('scenario', 'example/scenarios/parent-suspected.yaml', 'disposition: bekymringsmelding', 'disposition: consultation');

  it('fails validate at the line of what it expects, with what the flow does instead', async () => {
    const r = await flows('validate', '--flows', copy());
    expect(r.stdout).toMatch(/parent-suspected\.yaml:10:16: error SCENARIO_FAILED walked in example 1\.1\.0: disposition: expected consultation, got bekymringsmelding/);
    expect(r.code).toBe(1);
  });

  it('is not published: the practice mode would show its wrong result as the right answer', async () => {
    const site = join(copy(), 'site');
    const r = await flows('compile', '--flows', copy(), '-o', site);
    expect(r.stdout).toContain('SCENARIO_FAILED');
    expect(r.stdout).toMatch(/nothing written to .*: fix the errors first/);
    expect(existsSync(site)).toBe(false);
    expect(r.code).toBe(1);
  });
});

describe.concurrent('paths are the person\'s, from the folder they run it in', () => {
  it('reads a file named relative to that folder, and names it so', async () => {
    const r = await flowsFrom({ from: join(ROOT, 'tests/fixtures/invalid-profiles') }, 'validate', 'bad-phone.yaml');
    expect(r.stdout).toMatch(/^bad-phone\.yaml:\d+:\d+: error BAD_PHONE /m);
    expect(r.stdout).not.toMatch(STACK);
    expect(r.code).toBe(1);
  });

  it('checks a profile saved outside a profiles/ folder as a profile, and says where it belongs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiltakskort-stray-'));
    try {
      copyFileSync(join(ROOT, 'flows/profiles/hallingdal.yaml'), join(dir, 'hallingdal.yaml'));
      const r = await flowsFrom({ from: dir }, 'validate', 'hallingdal.yaml');
      expect(r.stdout).toContain('hallingdal.yaml: warning PROFILE_OUTSIDE_PROFILES this is a contact profile outside a folder named profiles/');
      expect(r.stdout).toContain('1 file checked: 0 errors, 1 warning');
      expect(r.code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('knows a profile by its folder wherever that folder is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiltakskort-profiles-'));
    try {
      mkdirSync(join(dir, 'profiles'));
      copyFileSync(join(ROOT, 'flows/profiles/hallingdal.yaml'), join(dir, 'profiles', 'hallingdal.yaml'));
      const r = await flowsFrom({ from: join(dir, 'profiles') }, 'validate', 'hallingdal.yaml');
      expect(r.stdout).toContain('1 file checked: 0 errors, 0 warnings');
      expect(r.code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.concurrent('bad usage', () => {
  it('an unknown command exits 2 with the usage', async () => {
    const r = await flows('frobnicate');
    expect(r.stderr).toContain('unknown command "frobnicate"');
    expect(r.stderr).toContain('usage: npm run flows -- <command> [options]');
    expect(r.code).toBe(2);
  });

  it('no command at all exits 2 with the usage', async () => {
    const r = await flows();
    expect(r.stderr).toContain('usage: npm run flows -- <command> [options]');
    expect(r.code).toBe(2);
  });

  it('an unknown option exits 2 with the usage of that command', async () => {
    const r = await flows('validate', '--frobnicate');
    expect(r.stderr).toContain("Unknown option '--frobnicate'");
    expect(r.stderr).toContain('usage: npm run flows -- validate');
    expect(r.code).toBe(2);
  });

  it('says in words which file is missing or cannot be written', async () => {
    const missing = await flows('validate', 'no/such/folder');
    expect(missing.stderr.trim()).toBe('validate: no such file or folder: no/such/folder');
    const example = exampleWithProfiles();
    const unwritable = await flows('compile', '-o', '/dev/null/flows', '--flows', example);
    rmSync(example, { recursive: true, force: true });
    expect(unwritable.stderr.trim()).toMatch(/^compile: cannot write to \/dev\/null\/flows: \/dev\/null is a file, where a folder must be\. Nothing written/);
  });

  // Root may write to /proc by its permissions, but no folder can be made there, and Node's recursive
  // mkdir retries that for ever: compile must find out before it starts, not hang.
  it.runIf(existsSync('/proc/self'))('says a folder where nothing can be made cannot be written to, at once', async () => {
    const example = exampleWithProfiles();
    const r = await flows('compile', '-o', '/proc/tiltakskort/flows', '--flows', example);
    rmSync(example, { recursive: true, force: true });
    expect(r.stderr.trim()).toMatch(/^compile: cannot write to \/proc\/tiltakskort\/flows: \/proc cannot be written to\. Nothing written, the site is as it was$/);
    expect(r.code).toBe(1);
  });

  describe('never prints a stack trace', () => {
    it.each([
      ['a path that does not exist', ['validate', 'no/such/folder'], 1],
      ['a vocabulary that does not exist', ['validate', '--vocabulary', 'no/such.yaml', `${INVALID}/dead-end.yaml`], 1],
      ['an output folder that cannot be made', ['compile', '-o', '/dev/null/flows', ...EXAMPLE], 1],
      ['a flow whose only version has errors', ['diagram', 'example', '--flows', `${INVALID}/file-mismatch`], 1],
    ] as const)('%s', async (_what, args, code) => {
      const r = await flows(...args);
      expect(r.stdout + r.stderr).not.toMatch(STACK);
      expect(r.stderr + r.stdout).not.toContain('internal error');
      expect(r.code).toBe(code);
    });
  });
});

/** Tags open and close in order, attributes are quoted, and nothing but whitespace follows </svg>. */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  const body = xml.replace(/<!--[\s\S]*?-->/g, '');
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<|>/g)) {
    if (m[2] === undefined) return false; // a stray < or > outside a tag
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else if (!m[4]) stack.push(m[2]);
  }
  return stack.length === 0 && /<\/svg>\s*$/.test(xml);
}
