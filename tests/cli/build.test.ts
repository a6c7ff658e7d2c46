import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../engine/helpers';

/**
 * `npm run build` as a municipality's adviser runs it after editing a flow: a mistake fails the
 * build with file:line and what is wrong, no stack trace, and the last good build stays in dist/.
 * Run in a copy of the project, so the repository's own flows and dist/ are never touched.
 */
describe('npm run build with a mistake in a flow', () => {
  let project: string;
  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'tiltakskort-build-'));
    for (const part of ['index.html', 'package.json', 'tsconfig.json', 'vite.config.ts', 'src', 'flows', 'public', 'scripts']) {
      cpSync(join(ROOT, part), join(project, part), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
    // The last good build, as a host would have it.
    mkdirSync(join(project, 'dist'));
    writeFileSync(join(project, 'dist', 'index.html'), 'the last good build');
    const flow = join(project, 'flows', 'barn', '1.0.0.yaml');
    writeFileSync(flow, readFileSync(flow, 'utf8').replace('next: signs', 'next: signz'));
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('names the file, line and mistake, prints no stack trace, exits 1 and leaves dist/ as it was', () => {
    const { TILTAKSKORT_PROFILE: _unset, ...env } = process.env;
    const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: project, env: { ...env, NO_COLOR: '1' }, encoding: 'utf8' });
    const output = r.stdout + r.stderr;
    expect(r.stderr).toContain('The build failed; the output folder is as it was:');
    expect(r.stderr).toMatch(/^flows\/barn\/1\.0\.0\.yaml:\d+:\d+: error UNKNOWN_TARGET .*"signz".*did you mean "signs"/m);
    expect(output).not.toMatch(/^ {4}at /m);
    expect(output).not.toContain('SCENARIO_UNKNOWN_FLOW');
    expect(r.status).toBe(1);
    expect(readFileSync(join(project, 'dist', 'index.html'), 'utf8')).toBe('the last good build');
  });
});
