import { describe, expect, it } from 'vitest';
import { versionForNewWalks, type FlowCatalog } from '../../src/engine/index';

type Version = FlowCatalog['flows'][number]['versions'][number];
const v = (version: string, status: Version['status'], effective: string): Version => ({ version, status, effective, hash: 'h', file: `barn/${version}.json` });
/** The catalog lists versions newest first. */
const entry = (...versions: Version[]): FlowCatalog['flows'][number] => ({ id: 'barn', title: { nb: 'Barn' }, description: { nb: '' }, versions });

describe('the version new walks start on', () => {
  it('is the newest draft while nothing is published', () => {
    expect(versionForNewWalks(entry(v('1.1.0', 'draft', '2026-12-01'), v('1.0.0', 'draft', '2026-06-01')), '2026-12-23')).toBe('1.1.0');
  });

  it('is not a draft dated ahead while nothing is published: that one waits for its date too', () => {
    const barn = entry(v('1.1.0', 'draft', '2027-01-01'), v('1.0.0', 'draft', '2026-06-01'));
    expect(versionForNewWalks(barn, '2026-12-03')).toBe('1.0.0');
    expect(versionForNewWalks(barn, '2027-01-01')).toBe('1.1.0');
  });

  it('is the published version, not a draft being written after it', () => {
    expect(versionForNewWalks(entry(v('1.1.0', 'draft', '2026-12-01'), v('1.0.0', 'published', '2026-06-01')), '2026-12-23')).toBe('1.0.0');
  });

  it('waits for a published version\'s effective date, and takes it from that day', () => {
    const barn = entry(v('1.1.0', 'published', '2027-01-01'), v('1.0.0', 'published', '2026-06-01'));
    expect(versionForNewWalks(barn, '2026-12-31')).toBe('1.0.0');
    expect(versionForNewWalks(barn, '2027-01-01')).toBe('1.1.0');
  });

  it('is the first to take effect when every published version is still ahead', () => {
    expect(versionForNewWalks(entry(v('2.0.0', 'published', '2027-03-01'), v('1.0.0', 'published', '2027-01-01')), '2026-12-23')).toBe('1.0.0');
  });
});
