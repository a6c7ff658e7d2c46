import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleWithProfiles, flowsFrom } from './run-cli';

const SCENARIO = join('example', 'scenarios', 'parent-suspected.yaml');

/** Each test works in its own copy of the example flows. */
let dir = '';
beforeEach(() => {
  dir = exampleWithProfiles();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Every file among the flows that is not in profiles/ or scenarios/ is read as a flow version. A
 * profile or scenario an adviser saved there must not bury the one thing to do — move it — under a
 * screenful of flow errors, nor be left out of what is published without a word.
 */
describe('a profile or scenario saved among the flows', () => {
  it('`validate` of the folder names each once, with where it belongs, and no flow errors', async () => {
    copyFileSync(join(dir, SCENARIO), join(dir, 'example', 'parent-suspected.yaml'));
    copyFileSync(join(dir, 'profiles', 'hallingdal.yaml'), join(dir, 'example', 'hallingdal.yaml'));
    const r = await flowsFrom({ from: dir }, 'validate', '.');
    expect(r.stdout).toContain(
      'example/parent-suspected.yaml: error MISPLACED_FILE this is a test scenario (it has answers: and expect:, no phases:), saved among the flows, where every file is read as a flow: scenarios are read only from a folder named scenarios/ beside the flow they test. Move it to example/scenarios/parent-suspected.yaml',
    );
    expect(r.stdout).toContain('example/hallingdal.yaml: error MISPLACED_FILE this is a contact profile (it has contacts:, no phases:)');
    expect(r.stdout).toContain('Move it to profiles/hallingdal.yaml');
    expect(r.stdout).not.toContain('SCHEMA');
    expect(r.stdout).toMatch(/files checked: 2 errors, 0 warnings$/m);
    expect(r.code).toBe(1);
  });

  it('names the flow its `flow:` names when it lies at the top of the flows folder', async () => {
    copyFileSync(join(dir, SCENARIO), join(dir, 'parent-suspected.yaml'));
    const r = await flowsFrom({ from: dir }, 'validate', '.');
    expect(r.stdout).toContain('Move it to example/scenarios/parent-suspected.yaml');
    expect(r.code).toBe(1);
  });

  it('`compile` refuses rather than publish without it, and writes nothing', async () => {
    copyFileSync(join(dir, 'profiles', 'hallingdal.yaml'), join(dir, 'hallingdal.yaml'));
    const site = join(dir, 'site');
    const r = await flowsFrom({ from: dir }, 'compile', '--flows', '.', '-o', 'site');
    expect(r.stdout).toContain('hallingdal.yaml: error MISPLACED_FILE this is a contact profile');
    expect(r.stdout).toContain('Move it to profiles/hallingdal.yaml');
    expect(r.code).toBe(1);
    expect(existsSync(site)).toBe(false);
    // It counts what it read as `validate` does, the refused file too.
    const checked = (stdout: string) => /^(\d+) files checked:/m.exec(stdout)?.[1];
    expect(checked(r.stdout)).toBe(checked((await flowsFrom({ from: dir }, 'validate', '.')).stdout));
  });

  it('a flow version is never taken for one: a flow keeps its flow errors', async () => {
    const flow = join(dir, 'example', '1.1.0.yaml');
    // A flow whose phases are misspelt has answers-like keys in no case: it is still a flow.
    writeFileSync(flow, readFileSync(flow, 'utf8').replace(/^phases:/m, 'phasse:'));
    const r = await flowsFrom({ from: dir }, 'validate', '.');
    expect(r.stdout).not.toContain('MISPLACED_FILE');
    expect(r.stdout).toMatch(/example\/1\.1\.0\.yaml:\d+:\d+: error SCHEMA unknown key "phasse" \(did you mean "phases"\?\)/);
    expect(r.code).toBe(1);
  });
});

describe('a scenario named on its own outside a scenarios/ folder', () => {
  it('is checked as a scenario, with a warning that it is not published from there', async () => {
    copyFileSync(join(dir, SCENARIO), join(dir, 'draft.yaml'));
    const r = await flowsFrom({ from: dir }, 'validate', '--flows', '.', 'draft.yaml');
    expect(r.stdout).toContain('draft.yaml: warning SCENARIO_OUTSIDE_SCENARIOS this is a test scenario outside a folder named scenarios/');
    expect(r.stdout).toContain('1 file checked: 0 errors, 1 warning');
    expect(r.code).toBe(0);
  });

  it('is walked: a wrong expectation in it is an error', async () => {
    writeFileSync(join(dir, 'draft.yaml'), readFileSync(join(dir, SCENARIO), 'utf8').replace('disposition: bekymringsmelding', 'disposition: consultation'));
    const r = await flowsFrom({ from: dir }, 'validate', '--flows', '.', 'draft.yaml');
    expect(r.stdout).toMatch(/^draft\.yaml:\d+:\d+: error SCENARIO_FAILED .*disposition: expected consultation, got bekymringsmelding/m);
    expect(r.code).toBe(1);
  });
});
