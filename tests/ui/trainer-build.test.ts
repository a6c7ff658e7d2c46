import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLOWS_DIR } from '../../src/node/project';
import { scenarioAssets, scenarioFileName, type ShippedScenarioFile } from '../../src/node/scenarios';
import type { ScenarioLibrary } from '../../src/ui/trainer/library';
import { compiledFlows } from './helpers';
import { EXAMPLE_FLOWS_DIR, exampleFlows } from './trainer-helpers';

describe('scenario libraries shipped with the build (/flows/<id>/scenarios.json)', () => {
  it('holds every scenario of every shipped flow, checked, with no problems', () => {
    const { files, problems } = scenarioAssets(FLOWS_DIR, compiledFlows());
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    for (const id of ['barn', 'voksen', 'utover']) {
      const body = files.get(scenarioFileName(id));
      expect(body, id).toBeDefined();
      const lib = JSON.parse(body as string) as ShippedScenarioFile;
      // The browser's copy of the shape is the same (a compile-time check).
      const asUi: ScenarioLibrary = lib;
      const onDisk = readdirSync(join(FLOWS_DIR, id, 'scenarios')).filter((f) => /\.ya?ml$/.test(f)).map((f) => f.replace(/\.ya?ml$/, ''));
      expect(asUi.scenarios.map((s) => s.id).sort()).toEqual(onDisk.sort());
      for (const s of lib.scenarios) {
        expect(s.title.nb && s.title.nn && s.title.en, s.id).toBeTruthy();
        expect(s.vignette.nb && s.vignette.nn && s.vignette.en, s.id).toBeTruthy();
        expect(Object.keys(s.answers).length, s.id).toBeGreaterThan(0);
      }
    }
  });

  it('works for another flows folder (the fixture with two versions)', () => {
    const { files, problems } = scenarioAssets(EXAMPLE_FLOWS_DIR, exampleFlows());
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(JSON.parse(files.get(scenarioFileName('example')) as string).scenarios.length).toBeGreaterThan(0);
  });

  it('ships each scenario with the version it was checked against, so practice walks that one', () => {
    // The fixture's scenario names no version: it is checked against the newest, 1.1.0 — and practice
    // must not walk another version (the one new walks start on may be older, or newer).
    const { files } = scenarioAssets(EXAMPLE_FLOWS_DIR, exampleFlows());
    const lib = JSON.parse(files.get(scenarioFileName('example')) as string) as ShippedScenarioFile;
    expect(lib.scenarios.map((s) => [s.id, s.version])).toEqual([['parent-suspected', '1.1.0']]);
  });
});
