// The generated 1,000-node flow (scripts/large-flow.ts) is valid and its paths can be counted. No
// timings here: `npm run bench` measures them against their budgets.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countPaths, prepare } from '../../src/engine/authoring';
import { loadProject, resolveFlow } from '../../src/node/project';
import { generateLargeFlow, LARGE_FLOW_ID, writeLargeFlow } from '../../scripts/large-flow';

describe('a generated flow of 1,000 nodes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tiltakskort-large-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has exactly the nodes asked for, and is the same every time', () => {
    expect(generateLargeFlow({ nodes: 1000 })).toBe(generateLargeFlow({ nodes: 1000 }));
    expect(generateLargeFlow({ nodes: 1000 }).match(/^ {4}- id: /gm)).toHaveLength(1000);
  });

  it('validates without a problem and counts its paths to the end', { timeout: 120_000 }, () => {
    writeLargeFlow(dir, { nodes: 1000 });
    const project = loadProject(undefined, { flowsDir: dir });
    expect(project.problems).toEqual([]);
    const res = resolveFlow(project, LARGE_FLOW_ID);
    if ('error' in res) throw new Error(res.error);
    const r = prepare(res.flow);
    expect(r.nodes.size).toBe(1000);
    const report = countPaths(r);
    expect(report.complete).toBe(true);
    expect(report.stuck).toEqual([]);
    // Every outcome is reached by some answers.
    const outcomes = [...r.nodes.values()].filter(({ node }) => node.kind === 'outcome').map(({ node }) => node.id);
    expect(outcomes.filter((id) => !report.counts.get(id))).toEqual([]);
  });
});
