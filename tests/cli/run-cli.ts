import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../engine/helpers';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The author CLI as a user runs it (`npm run flows -- …` is `node scripts/flows.mjs …`), from the repository root. */
export function flows(...args: string[]): Promise<Run> {
  return flowsFrom({}, ...args);
}

/**
 * The CLI run through npm from another folder: npm starts it in the repository root and says in
 * INIT_CWD where the person was (`from`, default the root), with extra environment variables.
 */
export function flowsFrom(opts: { from?: string; env?: Record<string, string> }, ...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    // The default profile is the test's to set, never the environment's it happens to run in.
    const { TILTAKSKORT_PROFILE: _unset, ...inherited } = process.env;
    const env = { ...inherited, NO_COLOR: '1', INIT_CWD: opts.from ?? ROOT, ...opts.env };
    const child = spawn(process.execPath, ['scripts/flows.mjs', ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * A copy of the shipped flows folder with only the child flow (its vocabulary and the contact
 * profiles beside it), in a new temporary folder: `compile` and `lock` check the safety rules on
 * every path of what they publish, which takes seconds for barn and about a minute for voksen.
 */
export function childFlowOnly(parent = tmpdir()): string {
  const dir = mkdtempSync(join(parent, 'tiltakskort-barn-'));
  for (const part of ['vocabulary.yaml', 'barn', 'profiles']) cpSync(join(ROOT, 'flows', part), join(dir, part), { recursive: true });
  return dir;
}

/** A copy of the example flows (tests/fixtures/example/flows) with the shipped contact profiles beside them, as `compile` needs. */
export function exampleWithProfiles(parent = tmpdir()): string {
  const dir = mkdtempSync(join(parent, 'tiltakskort-example-'));
  cpSync(join(ROOT, 'tests/fixtures/example/flows'), dir, { recursive: true });
  cpSync(join(ROOT, 'flows', 'profiles'), join(dir, 'profiles'), { recursive: true });
  return dir;
}
