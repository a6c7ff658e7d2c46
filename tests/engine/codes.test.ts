import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLOW_CODES } from '../../src/engine/authoring';
import { PROFILE_CODES } from '../../src/engine/profiles/codes';
import { read, ROOT } from './helpers';

const doc = read('docs/validation-codes.md');
/** "| `CODE` | severity | …" rows of the document's tables. */
const rows = [...doc.matchAll(/^\| `([A-Z_]+)` \| (error|warning) \|/gm)].map((m) => [m[1] ?? '', m[2] ?? ''] as const);

/** Every string that looks like a problem code where the engine, the CLI or the build create a problem. */
function codesInSource(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...codesInSource(path));
    else if (/\.tsx?$/.test(entry.name)) {
      const text = readFileSync(join(ROOT, path), 'utf8');
      for (const m of text.matchAll(/(?:code: |problem\(|report\()'([A-Z][A-Z_]+)'|'([A-Z][A-Z_]+)', '(?:error|warning)'/g)) out.push((m[1] ?? m[2]) as string);
    }
  }
  return out;
}

describe('docs/validation-codes.md', () => {
  it.each(Object.entries(FLOW_CODES))('explains %s as an %s', (code, severity) => {
    expect(rows).toContainEqual([code, severity]);
  });

  it.each(Object.entries(PROFILE_CODES))('explains the profile code %s as an %s', (code, severity) => {
    expect(rows).toContainEqual([code, severity]);
  });

  it('explains no code that does not exist', () => {
    const known = new Set([...Object.keys(FLOW_CODES), ...Object.keys(PROFILE_CODES)]);
    expect(rows.map(([code]) => code).filter((c) => !known.has(c))).toEqual([]);
  });
});

describe('the list of codes', () => {
  it('holds every code the engine, the CLI and the build report', () => {
    const listed = new Set([...Object.keys(FLOW_CODES), ...Object.keys(PROFILE_CODES)]);
    // Restoring a saved walk has its own result codes; they are not problems.
    const restore = new Set(['VERSION_GONE', 'HASH_CHANGED', 'STEPS_INVALID']);
    const used = [...new Set([...codesInSource('src/engine'), ...codesInSource('src/cli'), ...codesInSource('src/node'), ...codesInSource('src/build')])];
    expect(used).toEqual(expect.arrayContaining(['DEAD_END', 'PUBLISHED_MISSING', 'SCENARIO_UNKNOWN_FLOW', 'BAD_HOURS', 'PROFILE_DEFAULT_UNKNOWN']));
    expect(used.filter((c) => !listed.has(c) && !restore.has(c)).sort()).toEqual([]);
  });
});
