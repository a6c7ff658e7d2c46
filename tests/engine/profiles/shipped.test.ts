import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NATIONAL_ROLES } from '../../../src/schema/profile';
import { loadProfile } from '../../../src/engine/profiles/load-profile';
import { isOpen } from '../../../src/engine/profiles/open';
import { composed, PROFILES_DIR, ROOT, shipped, TODAY } from './helpers';

const files = readdirSync(PROFILES_DIR).filter((f) => f.endsWith('.yaml'));

describe('shipped profiles', () => {
  it('ship national, hallingdal and vestfold', () => {
    expect(files).toEqual(expect.arrayContaining(['national.yaml', 'hallingdal.yaml', 'vestfold.yaml']));
  });

  it.each(files)('%s loads without problems on its review date and without errors today', (file) => {
    const text = readFileSync(`${PROFILES_DIR}/${file}`, 'utf8');
    expect(loadProfile(`flows/profiles/${file}`, text, { today: TODAY }).problems).toEqual([]);
    const now = loadProfile(`flows/profiles/${file}`, text);
    expect(now.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('national holds every national line, always open, and says that local numbers are missing', () => {
    const national = shipped('national');
    for (const role of [...NATIONAL_ROLES, 'police', 'legevakt'] as const) {
      const c = national.contacts.find((x) => x.role === role);
      expect(c, role).toBeDefined();
      expect(c?.hours.always, role).toBe(true);
    }
    expect(national.contacts.find((c) => c.role === 'police-emergency')?.tel).toBe('tel:112');
    expect(national.contacts.find((c) => c.role === 'ambulance')?.tel).toBe('tel:113');
    expect(national.contacts.find((c) => c.role === 'alarmtelefonen')?.tel).toBe('tel:116111');
    expect(national.contacts.find((c) => c.role === 'vold-og-overgrepslinjen')?.tel).toBe('tel:116006');
    expect(national.note.en).toMatch(/local numbers are missing/i);
  });

  it('gives every profile the national line after sexual abuse (800 57 000), after a local centre where there is one', () => {
    const smiso = (id: string) => composed(id).contacts.filter((c) => c.role === 'smiso').map((c) => c.tel);
    expect(smiso('hallingdal')).toEqual(['tel:+4780057000']);
    expect(smiso('vestfold')).toEqual(['tel:+4733377777', 'tel:+4780057000']);
    expect(shipped('national').contacts.find((c) => c.role === 'smiso')?.hours.always).toBe(true);
  });

  it.each(['hallingdal', 'vestfold'])('%s, as shown, has 112 and 113 open at any hour', (id) => {
    const p = composed(id);
    for (const tel of ['tel:112', 'tel:113']) {
      const c = p.contacts.find((x) => x.tel === tel);
      expect(c && isOpen(c, new Date('2026-12-25T02:00:00Z')), `${id} ${tel}`).toBe(true);
    }
  });

  it('carries the key numbers from the seeds (domain.md §6)', () => {
    const phones = (id: string): Record<string, string[]> => {
      const out: Record<string, string[]> = {};
      for (const c of shipped(id).contacts) (out[c.role] ??= []).push(c.phone);
      return out;
    };
    expect(phones('hallingdal')).toMatchObject({
      barneverntjeneste: ['32 08 53 10'],
      krisesenter: ['32 07 52 50'],
      familievern: ['32 08 11 75'],
    });
    expect(phones('vestfold')).toMatchObject({
      barnevernvakt: ['33 31 02 03', '02800'],
      krisesenter: ['33 35 91 91'],
      smiso: ['33 37 77 77'],
      familievern: ['46 61 81 80'],
      'alternativ-til-vold': ['452 33 104'],
      'statens-barnehus': ['47 48 99 33'],
      risk: ['404 06 225'],
      police: ['33 34 44 00'],
    });
  });

  it('cites a seed that exists and contains the number, for every seed-sourced contact', () => {
    for (const id of ['national', 'hallingdal', 'vestfold']) {
      for (const c of shipped(id).contacts) {
        if (!('seed' in c.source)) continue;
        const seed = readFileSync(`${ROOT}../shared/seeds/${c.source.seed}`, 'utf8');
        // Seeds write numbers with spaces in different places ("02 800", "02800").
        const digits = seed.replace(/(\d)[ \u00a0.]+(?=\d)/g, '$1');
        expect(digits.includes(c.phone.replace(/\s/g, '')), `${id} ${c.role} ${c.phone} in ${c.source.seed}`).toBe(true);
      }
    }
  });
});
