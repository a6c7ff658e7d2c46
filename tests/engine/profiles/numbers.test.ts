import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/engine/problems';
import { loadProfile } from '../../../src/engine/profiles/load-profile';
import { NATIONAL_LINES } from '../../../src/engine/profiles/national-lines';
import { EMERGENCY_NUMBERS } from '../../../src/ui/emergency';
import { PROFILES_DIR, shipped, TODAY } from './helpers';

const NATIONAL = readFileSync(`${PROFILES_DIR}/national.yaml`, 'utf8');
const HALLINGDAL = readFileSync(`${PROFILES_DIR}/hallingdal.yaml`, 'utf8');
/** Hallingdal's first contact is its barneverntjeneste, 32 08 53 10, on lines 29 and 31. */
const FIRST = { role: 'role: barneverntjeneste\n', phone: 'phone: "32 08 53 10"' };

const lines = (file: string, text: string): string[] => loadProfile(`flows/profiles/${file}`, text, { today: TODAY }).problems.map(formatProblem);
const national = (from: string | RegExp, to: string): string[] => lines('national.yaml', NATIONAL.replace(from, to));
const local = (from: string, to: string): string[] => lines('hallingdal.yaml', HALLINGDAL.replace(from, to));

describe('national.yaml', () => {
  it('ships exactly the national lines the check holds it to', () => {
    expect(shipped('national').contacts.map((c) => [c.role, c.phone])).toEqual(Object.entries(NATIONAL_LINES));
  });

  it('is where the emergency strip on every screen gets its numbers', () => {
    const phones = shipped('national').contacts.map((c) => c.phone);
    for (const n of EMERGENCY_NUMBERS) expect(phones).toContain(n.number);
  });

  it('may not give the police emergency line another number', () => {
    expect(national('phone: "112"', 'phone: "113"')).toEqual([
      'flows/profiles/national.yaml:26:12: error NATIONAL_LINE_MISSING police-emergency is "112" everywhere in Norway, not "113": write "112" (every profile is shown with the national lines) (at contacts[0].phone)',
    ]);
  });

  it('may not lose a national line', () => {
    expect(national(/ {2}- role: ambulance[\s\S]*?\n\n/, '')).toEqual([
      'flows/profiles/national.yaml:23:1: error NATIONAL_LINE_MISSING national.yaml has no contact for ambulance "113": add it back (every profile is shown with the national lines, and the cards rely on them) (at contacts)',
    ]);
  });
});

describe('a local profile', () => {
  it.each(['police-emergency', 'ambulance', 'alarmtelefonen', 'vold-og-overgrepslinjen'])('may not fill the national-only role %s', (role) => {
    const [problem, ...rest] = local(FIRST.role, `role: ${role}\n`);
    expect(rest).toEqual([]);
    expect(problem).toMatch(new RegExp(`^flows/profiles/hallingdal\\.yaml:29:11: error NATIONAL_ONLY_ROLE role "${role}" is a national line.*: it belongs in national\\.yaml only`));
  });

  it('may not put 110 where 112 belongs: local contacts come first, so the card would show 110', () => {
    const text = HALLINGDAL.replace(FIRST.role, 'role: police-emergency\n').replace(FIRST.phone, 'phone: "110"');
    expect(lines('hallingdal.yaml', text)).toEqual([
      'flows/profiles/hallingdal.yaml:29:11: error NATIONAL_ONLY_ROLE role "police-emergency" is a national line (112): it belongs in national.yaml only, which the app shows with every profile — remove this contact, or give it the local service\'s role (at contacts[0].role)',
    ]);
  });

  it('may not give any service the fire emergency number', () => {
    expect(local(FIRST.phone, 'phone: "110"')).toEqual([
      'flows/profiles/hallingdal.yaml:31:12: error EMERGENCY_NUMBER 110 is the fire emergency number, not a number for barneverntjeneste: write the service\'s own number (at contacts[0].phone)',
    ]);
  });

  it('may not give a service an emergency number that is not its own', () => {
    expect(local(FIRST.phone, 'phone: "113"')).toEqual([
      'flows/profiles/hallingdal.yaml:31:12: error EMERGENCY_NUMBER 113 is the ambulance emergency number, not a number for barneverntjeneste: write the service\'s own number (at contacts[0].phone)',
    ]);
  });

  it('may list its own police station and legevakt: those roles are local too', () => {
    expect(local(FIRST.role, 'role: police\n')).toEqual([]);
    expect(local(FIRST.role, 'role: legevakt\n')).toEqual([]);
  });

  it('is told that a national number for the same role is not needed', () => {
    expect(lines('hallingdal.yaml', HALLINGDAL.replace(FIRST.role, 'role: police\n').replace(FIRST.phone, 'phone: "02 800"'))).toEqual([
      'flows/profiles/hallingdal.yaml:31:12: warning NATIONAL_NUMBER_REPEATED police "02800" is already in national.yaml, which the app shows with every profile: this contact is not needed — remove it (at contacts[0].phone)',
    ]);
  });

  it('may reach a service through a national number under its own role (Vestfold\'s barnevernvakt through 02800)', () => {
    expect(shipped('vestfold').contacts.find((c) => c.role === 'barnevernvakt' && c.phone === '02800')).toBeDefined();
  });

  it('without contacts is a warning: it is still shown, with the national lines only', () => {
    const r = loadProfile('flows/profiles/hallingdal.yaml', HALLINGDAL.replace(/\ncontacts:[\s\S]*$/, '\ncontacts: []\n'), { today: TODAY });
    expect(r.status).toBe('warnings');
    expect(r.problems.map(formatProblem)).toEqual([
      'flows/profiles/hallingdal.yaml:28:11: warning NO_CONTACTS this profile has no contacts, so it adds nothing to the national lines: add the local services (barneverntjeneste, barnevernvakt, krisesenter, …) (at contacts)',
    ]);
  });
});

describe('a url in a profile', () => {
  const withUrl = (url: string): string[] => local('    reviewed: 2026-11-23\n', `    reviewed: 2026-11-23\n    url: ${url}\n`);

  it('may be a web page', () => {
    expect(withUrl('https://www.krisesenter.no/')).toEqual([]);
    expect(withUrl('http://www.krisesenter.no/')).toEqual([]);
  });

  it('may not run a script or open anything but a web page', () => {
    expect(withUrl('javascript:alert(1)')).toEqual([
      'flows/profiles/hallingdal.yaml:44:10: error BAD_URL "javascript:alert(1)" is not a web page: only addresses starting with https:// (or http://) can be links — write the service\'s web page (at contacts[0].url)',
    ]);
    expect(withUrl('file:///etc/passwd')).toEqual([expect.stringContaining('error BAD_URL "file:///etc/passwd" is not a web page')]);
  });

  it('written without https:// is told to write the whole address, once', () => {
    expect(withUrl('www.krisesenter.no')).toEqual([
      'flows/profiles/hallingdal.yaml:44:10: error BAD_URL "www.krisesenter.no" is not a whole address: write the whole address, starting with https:// (https://www.krisesenter.no) (at contacts[0].url)',
    ]);
  });

  it('is checked in the routine and the source too', () => {
    const routine = lines('hallingdal.yaml', HALLINGDAL.replace(/\nroutine:\n/, '\nroutine:\n  url: "javascript:alert(1)"\n'));
    expect(routine).toEqual([expect.stringMatching(/^flows\/profiles\/hallingdal\.yaml:\d+:8: error BAD_URL "javascript:alert\(1\)" is not a web page.*\(at routine\.url\)$/)]);
    const source = local('source: { seed: 002_8698b918c1f27341.txt, section: "Vedlegg 2 – AKUTT – DØGNÅPNE VAKTTELEFONER" }', 'source: { url: "www.krisesenter.no", title: Krisesenteret }');
    expect(source).toEqual([expect.stringMatching(/error BAD_URL "www\.krisesenter\.no" is not a whole address: write the whole address, starting with https:\/\/ .*\(at contacts\[1\]\.source\.url\)$/)]);
  });
});
