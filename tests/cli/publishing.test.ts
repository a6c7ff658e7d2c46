import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { childFlowOnly, flows } from './run-cli';

/**
 * What stands between an edited flow and the people who use it: `compile` and `lock` walk every path
 * of a new version through the product's safety rules (src/engine/safety/rules.ts) first, as
 * `npm test` does for the shipped ones, so a version that `validate` finds well-formed but that
 * gives a lower level of help than the facts call for never goes live.
 */
describe('before a flow version can go live', () => {
  let dir = '';
  beforeEach(() => {
    dir = childFlowOnly();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** barn 1.1.0 as the README says to make it — a copy of 1.0.0 — with the acute outcome turned into a consultation. */
  function acuteTurnedIntoConsultation(header: { status: 'draft' | 'published'; effective: string }): string {
    const text = readFileSync(join(dir, 'barn', '1.0.0.yaml'), 'utf8')
      .replace('version: 1.0.0', 'version: 1.1.0')
      .replace('status: draft', `status: ${header.status}`)
      .replace('effective: 2026-12-01', `effective: ${header.effective}`)
      .replace(/(- id: handle-acute\n\s+kind: outcome\n\s+disposition: )acute/, '$1consultation');
    const file = join(dir, 'barn', '1.1.0.yaml');
    writeFileSync(file, text);
    return text;
  }
  const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

  it('is well-formed for validate, which does not walk the paths', async () => {
    acuteTurnedIntoConsultation({ status: 'draft', effective: '2026-12-02' });
    const r = await flows('validate', '--flows', dir);
    expect(r.stdout).not.toMatch(/ error /);
    expect(r.code).toBe(0);
  });

  it('`flows safety` names the rule broken, at the outcome, with answers that lead there', async () => {
    const text = acuteTurnedIntoConsultation({ status: 'draft', effective: '2026-12-02' });
    const r = await flows('safety', 'barn@1.1.0', '--flows', dir);
    expect(r.stdout).toMatch(new RegExp(`barn/1\\.1\\.0\\.yaml:${lineOf(text, '- id: handle-acute')}:\\d+: error SAFETY_RULE breaks the safety rule «danger now ⇒ acute: got consultation at handle-acute after acute=yes»`));
    expect(r.stdout).toMatch(/barn@1\.1\.0: \d+ breaks \(an outcome and a rule each\) of 19 safety rules/);
    expect(r.code).toBe(1);
    const shipped = await flows('safety', 'barn@1.0.0', '--flows', dir);
    expect(shipped.stdout).toContain('barn@1.0.0: kept 19 safety rules');
    expect(shipped.code).toBe(0);
  });

  it('`compile` refuses a draft that breaks a rule, and writes nothing', async () => {
    acuteTurnedIntoConsultation({ status: 'draft', effective: '2026-12-02' });
    const site = join(dir, 'site');
    const r = await flows('compile', '--flows', dir, '-o', site);
    expect(r.stdout).toContain('checking the safety rules on every path of what new walks will start on:');
    expect(r.stdout).toContain('error SAFETY_RULE');
    expect(r.stdout).toMatch(/nothing written to .*site: fix the errors first/);
    expect(existsSync(site)).toBe(false);
    expect(r.code).toBe(1);
  });

  it('`compile` refuses it when it is dated ahead too: on its date it would go live unchecked', async () => {
    acuteTurnedIntoConsultation({ status: 'published', effective: '2099-01-01' });
    const r = await flows('compile', '--flows', dir, '-o', join(dir, 'site'));
    expect(r.stdout).toContain('barn@1.1.0:');
    expect(r.stdout).toContain('error SAFETY_RULE');
    expect(r.code).toBe(1);
  });

  it('`lock` does not record a published version that breaks a rule', async () => {
    acuteTurnedIntoConsultation({ status: 'published', effective: '2026-12-02' });
    const r = await flows('lock', '--flows', dir);
    expect(r.stdout).toContain('error SAFETY_RULE');
    expect(r.stdout).toMatch(/published\.lock\.json not changed: fix the errors first/);
    expect(existsSync(join(dir, 'published.lock.json'))).toBe(false);
    expect(r.code).toBe(1);
  });

  it('`compile` publishes the shipped draft after the check, and says each time that it is a draft', async () => {
    const site = join(dir, 'site');
    const r = await flows('compile', '--flows', dir, '-o', site);
    expect(r.stdout).toContain('barn@1.0.0: kept 19 safety rules');
    expect(r.stdout).toContain('warning: barn 1.0.0 is a draft that nobody has approved and published yet; users get it all the same');
    expect(existsSync(join(site, 'barn', '1.0.0.json'))).toBe(true);
    expect(r.code).toBe(0);
  });

  it('`compile` does not start new walks on a draft before its date', async () => {
    writeFileSync(join(dir, 'barn', '1.1.0.yaml'), readFileSync(join(dir, 'barn', '1.0.0.yaml'), 'utf8').replace('version: 1.0.0', 'version: 1.1.0').replace('effective: 2026-12-01', 'effective: 2099-01-01'));
    const r = await flows('compile', '--flows', dir, '-o', join(dir, 'site'));
    expect(r.stdout).toContain('barn: new walks start on 1.0.0 (draft, effective 2026-12-01); waiting: 1.1.0 (draft) from 2099-01-01');
    expect(r.code).toBe(0);
  });

  it('`compile` of a folder without flows leaves the published site as it was', async () => {
    const site = join(dir, 'site');
    expect((await flows('compile', '--flows', dir, '-o', site)).code).toBe(0);
    const before = readFileSync(join(site, 'index.json'), 'utf8');
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const r = await flows('compile', '--flows', empty, '-o', site);
    expect(r.stdout).toMatch(/error NO_FLOWS no flow versions found in .*empty/);
    expect(readFileSync(join(site, 'index.json'), 'utf8')).toBe(before);
    expect(r.code).toBe(1);
  });
  it('`compile` checks where it writes before the safety walk, and a file where a folder must be leaves the site as it was', async () => {
    const site = join(dir, 'site');
    expect((await flows('compile', '--flows', dir, '-o', site)).code).toBe(0);
    const before = readFileSync(join(site, 'index.json'), 'utf8');
    // The flow versions are written before the catalog: a stray file named like a flow's folder would
    // otherwise stop the write half-way, with new versions and the old catalog.
    rmSync(join(site, 'barn'), { recursive: true });
    writeFileSync(join(site, 'barn'), 'not a folder');
    const r = await flows('compile', '--flows', dir, '-o', site);
    expect(r.stderr.trim()).toMatch(/^compile: cannot write to .*site: .*site\/barn is a file, where a folder must be\. Nothing written, the site is as it was$/);
    expect(r.stdout).not.toContain('checking the safety rules');
    expect(readFileSync(join(site, 'index.json'), 'utf8')).toBe(before);
    expect(r.code).toBe(1);
  });

  it('`compile` says both what is wrong in the flows and that it cannot write, in one run', async () => {
    const file = join(dir, 'barn', '1.0.0.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('    next:', '    nxet:'));
    writeFileSync(join(dir, 'site'), 'not a folder');
    const r = await flows('compile', '--flows', dir, '-o', join(dir, 'site', 'flows'));
    expect(r.stdout).toMatch(/error SCHEMA unknown key "nxet" \(did you mean "next"\?\)/);
    expect(r.stderr).toMatch(/site is a file, where a folder must be\. Nothing written/);
    expect(r.code).toBe(1);
  });

  it('`compile` names a folder that stands where a file must be written', async () => {
    const site = join(dir, 'site');
    mkdirSync(join(site, 'index.json'), { recursive: true });
    const r = await flows('compile', '--flows', dir, '-o', site);
    expect(r.stderr).toMatch(/site\/index\.json is a folder, where a file must be written/);
    expect(existsSync(join(site, 'barn'))).toBe(false);
    expect(r.code).toBe(1);
  });
});

describe('commands that would otherwise pass on nothing, or write over a flow', () => {
  it('`validate` says so when it finds no .yaml file, instead of «0 files checked: 0 errors»', async () => {
    const r = await flows('validate', 'tests/fixtures/invalid-flows/../../../docs');
    expect(r.stderr).toMatch(/^validate: no \.yaml file in .*docs: flows, scenarios and profiles are read only from files whose names end in \.yaml/);
    expect(r.code).toBe(1);
  });

  it('`validate` names a file it would not read (.YAML), instead of passing it over', async () => {
    const dir = childFlowOnly();
    try {
      const upper = join(dir, 'profiles', 'ringerike.YAML');
      writeFileSync(upper, readFileSync(join(dir, 'profiles', 'hallingdal.yaml')));
      const r = await flows('validate', upper);
      expect(r.stderr).toContain(`validate: not checked, as the app would not read it: ${upper}`);
      expect(r.code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('`diagram -o` refuses to write over a flow file', async () => {
    const dir = childFlowOnly();
    try {
      const file = join(dir, 'barn', '1.0.0.yaml');
      const before = readFileSync(file, 'utf8');
      const r = await flows('diagram', 'barn', '--flows', dir, '-o', file);
      expect(r.stderr).toContain(`-o ${file} would write the diagram over a data file: name a .mmd file`);
      expect(readFileSync(file, 'utf8')).toBe(before);
      expect(r.code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('options that were taken without a word', () => {
  it.each([
    ['paths', ['paths', 'barn', '--lang', 'se']],
    ['diff', ['diff', 'barn@1.0.0', 'barn@1.0.0', '--lang', 'se']],
    ['diagram', ['diagram', 'barn', '--lang', 'se']],
  ])('%s --lang se is bad usage, not texts printed empty', async (_name, args) => {
    const r = await flows(...args);
    expect(r.stderr).toContain('unknown language "se": use nb, nn or en');
    expect(r.code).toBe(2);
  });

  it('`paths --max-states` too low for the flow does not claim that an outcome cannot be reached', async () => {
    const r = await flows('paths', 'barn', '--max-states', '1');
    expect(r.stdout).toContain('(stopped at the state limit: counts are partial)');
    expect(r.stdout).not.toContain('no answer sequence reaches');
    expect(r.stdout).toContain('note: none of the walk states explored reached');
  });
});

describe('comparisons and dates that did not mean what was asked', () => {
  it('`diff` of two different flows is bad usage', async () => {
    const r = await flows('diff', 'barn@1.0.0', 'voksen@1.0.0');
    expect(r.stderr).toContain('barn@1.0.0 and voksen@1.0.0 are two different flows: diff compares two versions of one flow');
    expect(r.code).toBe(2);
  });

  it('`profiles --today` with a day that is not on the calendar is bad usage', async () => {
    const r = await flows('profiles', '--today', '2026-13-45');
    expect(r.stdout).toContain('--today needs a day on the calendar, as YYYY-MM-DD');
    expect(r.code).toBe(2);
  });
});
