import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { run, validateProfiles } from '../../../src/cli/commands/profiles';
import { PROFILES_DIR, ROOT, TODAY } from './helpers';

const FIXTURES = `${ROOT}tests/fixtures/invalid-profiles`;

describe('profiles command', () => {
  let write: MockInstance;
  const output = (): string => write.mock.calls.map((c) => String(c[0])).join('');
  beforeEach(() => {
    write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });
  afterEach(() => write.mockRestore());

  it('lists every contact with role, name, phone, hours and reviewed date', async () => {
    expect(await run(['--today', TODAY, PROFILES_DIR])).toBe(0);
    const out = output();
    expect(out).toMatch(/^hallingdal — Hallingdal \(nn\)/m);
    expect(out).toMatch(/barneverntjeneste\s+Barnevernet i Hallingdal\s+32 08 53 10\s+mon-fri 08:00-15:30; sat-sun closed; holidays closed; \(assumed\)\s+2026-11-23$/m);
    expect(out).toMatch(/alternativ-til-vold\s+Alternativ til Vold Vestfold \(ATV\)\s+452 33 104\s+mon-fri 09:00-15:00/);
    expect(out).toContain('+ 8 national contacts from national.yaml');
    expect(out).toMatch(/3 profile files, 0 errors, 0 warnings\n$/);
    expect(out).not.toContain('STALE');
  });

  it('flags stale contacts but still succeeds', async () => {
    expect(await run(['--today', '2028-01-01', `${PROFILES_DIR}/hallingdal.yaml`])).toBe(0);
    expect(output()).toMatch(/32 08 53 10 .*2026-11-23 {2}STALE/);
    expect(output()).toContain('warning CONTACT_STALE');
  });

  it('fails on broken profiles and prints each problem with its location', async () => {
    expect(await run(['--today', TODAY, FIXTURES])).toBe(1);
    expect(output()).toMatch(/bad-hours\.yaml:11:\d+: error BAD_HOURS/);
  });

  it('checks a folder as a whole: without national.yaml no profile shows 112', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiltakskort-profiles-'));
    try {
      copyFileSync(`${PROFILES_DIR}/hallingdal.yaml`, join(dir, 'hallingdal.yaml'));
      expect(await run(['--today', TODAY, dir])).toBe(1);
      expect(output()).toContain(`${join(dir, 'national.yaml')}: error NATIONAL_PROFILE_MISSING the profiles folder has no national.yaml`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects an unknown option with a usage text', async () => {
    expect(await run(['--frobnicate'])).toBe(2);
    expect(output()).toContain('usage: npm run flows -- profiles');
  });
});

describe('validateProfiles', () => {
  it('finds nothing wrong with the shipped profiles', async () => {
    expect(await validateProfiles([PROFILES_DIR], { today: TODAY })).toEqual([]);
  });

  it('returns every fixture problem, sorted by file', async () => {
    const problems = await validateProfiles([FIXTURES], { today: TODAY });
    // The per-file codes, and one of the folder: the fixtures share a name.
    expect(new Set(problems.map((p) => p.code)).size).toBe(17);
    expect(problems.map((p) => p.file)).toEqual([...problems.map((p) => p.file)].sort());
  });

  it('reports a file it cannot read instead of throwing', async () => {
    const [p] = await validateProfiles(['flows/profiles/missing.yaml']);
    expect(p).toMatchObject({ code: 'FILE_READ', severity: 'error', file: 'flows/profiles/missing.yaml', line: 0 });
  });
});
