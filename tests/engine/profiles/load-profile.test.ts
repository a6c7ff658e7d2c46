import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/engine/problems';
import { loadProfile } from '../../../src/engine/profiles/load-profile';
import { withNational } from '../../../src/engine/profiles/national';
import { telFromPhone } from '../../../src/engine/profiles/phone';
import { shipped, TODAY } from './helpers';

const VALID = `id: test
name: { nb: Test, nn: Test, en: Test }
language: nn
note: { nb: N, nn: N, en: N }
contacts:
  - role: krisesenter
    name: { nb: K, nn: K, en: K }
    phone: "+47 32 07 52 50"
    hours: { always: true }
    who: { nb: A, nn: A, en: A }
    source: { url: "https://example.org/k", title: Example }
    reviewed: 2026-11-01
`;

describe('loadProfile', () => {
  it('returns the loaded profile with tel links and parsed hours', () => {
    const r = loadProfile('flows/profiles/test.yaml', VALID, { today: TODAY });
    expect(r.status).toBe('ok');
    if (r.status === 'failure') return;
    expect(r.value.language).toBe('nn');
    expect(r.value.contacts[0]).toMatchObject({ role: 'krisesenter', tel: 'tel:+4732075250', reviewed: '2026-11-01' });
    expect(r.value.contacts[0]?.hours.always).toBe(true);
    expect('routine' in r.value).toBe(false);
  });

  it('reports schema problems where they were written, with the zod path', () => {
    const text = VALID.replace('source: { url: "https://example.org/k", title: Example }', 'source: { seed: 7 }').replace('language: nn', 'language: nn\ncolour: blue');
    const r = loadProfile('flows/profiles/test.yaml', text, { today: TODAY });
    expect(r.status).toBe('failure');
    // A union (seed or url source) reports the branch that was meant, not "Invalid input".
    expect(r.problems.map(formatProblem)).toEqual([
      'flows/profiles/test.yaml:4:9: error PROFILE_SCHEMA unknown field "colour" (at colour)',
      'flows/profiles/test.yaml:12:13: error PROFILE_SCHEMA "section" is missing (at contacts[0].source.section)',
      'flows/profiles/test.yaml:12:21: error PROFILE_SCHEMA "seed" must be text: put the value in quotes ("…"); without them YAML reads 1.0 or 55123456 as a number and yes/no as true/false (at contacts[0].source.seed)',
    ]);
  });

  it('names the field an unknown one most likely meant', () => {
    const r = loadProfile('flows/profiles/test.yaml', VALID.replace('reviewed:', 'reviewd:'), { today: TODAY });
    expect(r.problems.map(formatProblem)).toContain('flows/profiles/test.yaml:12:14: error PROFILE_SCHEMA unknown field "reviewd" (did you mean "reviewed"?) (at contacts[0].reviewd)');
  });

  it('reports every problem in one pass, schema and checks together', () => {
    const text = VALID.replace('role: krisesenter', 'role: crisis').replace('"+47 32 07 52 50"', '"12"').replace('{ always: true }', '{ weekdays: "08-16" }').replace('language: nn', 'language: sv');
    const codes = loadProfile('flows/profiles/test.yaml', text, { today: TODAY }).problems.map((p) => p.code);
    expect(codes.sort()).toEqual(['BAD_HOURS', 'BAD_PHONE', 'PROFILE_SCHEMA', 'UNKNOWN_ROLE']);
  });

  it('suggests the role that was probably meant', () => {
    const r = loadProfile('flows/profiles/test.yaml', VALID.replace('role: krisesenter', 'role: barnevern'), { today: TODAY });
    expect(r.problems[0]?.message).toBe('unknown role "barnevern"; did you mean "barneverntjeneste"?');
  });

  it('measures staleness from today by default', () => {
    const r = loadProfile('flows/profiles/test.yaml', VALID.replace('reviewed: 2026-11-01', 'reviewed: 2020-01-01'));
    expect(r.status).toBe('warnings');
    expect(r.problems.map((p) => p.code)).toEqual(['CONTACT_STALE']);
  });

  it('rejects dates that are not in the calendar', () => {
    const r = loadProfile('flows/profiles/test.yaml', VALID.replace('reviewed: 2026-11-01', 'reviewed: 2026-02-30'), { today: TODAY });
    expect(r.problems.map((p) => [p.code, p.message])).toEqual([['PROFILE_SCHEMA', '2026-02-30 is not a date in the calendar: write the date as YYYY-MM-DD (year-month-day), e.g. 2026-11-23']]);
  });

  // Each mistake is one error, at its place, saying what to write instead.
  it.each([
    ['reads an impossible date as a mistake, not as a date after today', 'reviewed: 2026-11-01', 'reviewed: 2026-13-01',
      '12:15 PROFILE_SCHEMA 2026-13-01 is not a date in the calendar: write the date as YYYY-MM-DD (year-month-day), e.g. 2026-11-23'],
    ['gives a date written the Norwegian way one error, with the date as it should be written', 'reviewed: 2026-11-01', 'reviewed: 23.11.2026',
      '12:15 PROFILE_SCHEMA "23.11.2026" is not written as a date: write the date as YYYY-MM-DD (year-month-day), e.g. 2026-11-23'],
    ['asks for true or false without quotes where yes is written (YAML 1.2 reads yes as text)', '{ always: true }', '{ always: true, assumed: yes }',
      '9:37 PROFILE_SCHEMA "assumed" must be true or false, written without quotes'],
  ])('%s', (_name, from, to, expected) => {
    const r = loadProfile('flows/profiles/test.yaml', VALID.replace(from, to), { today: TODAY });
    expect(r.problems.map((p) => `${p.line}:${p.column} ${p.code} ${p.message}`)).toEqual([expected]);
  });

  it('reports a bad day value once, as BAD_HOURS', () => {
    const r = loadProfile('flows/profiles/test.yaml', VALID.replace('{ always: true }', '{ mon-fri: "08:00-15:30", sat: }'), { today: TODAY });
    expect(r.problems.map((p) => `${p.code} ${p.line}`)).toEqual(['BAD_HOURS 9']);
  });

  it('never throws, whatever it is given', () => {
    expect(loadProfile('flows/profiles/test.yaml', VALID, { today: 'yesterday' }).status).toBe('ok');
    for (const text of ['', '42', '- a\n- b', '{', 'contacts: 5', 'contacts: [1, null, {hours: 3}]', '\u0000\u0001', 'a: *b']) {
      expect(() => loadProfile('x.yaml', text)).not.toThrow();
      expect(loadProfile('x.yaml', text).status).toBe('failure');
    }
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const r = loadProfile('x.yaml', stringify(value) ?? '');
        expect(['ok', 'warnings', 'failure']).toContain(r.status);
      }),
      { numRuns: 300 },
    );
  });
});

describe('telFromPhone', () => {
  it('derives tel: links from the numbers people read', () => {
    expect(telFromPhone('32 08 53 10')).toEqual({ tel: 'tel:+4732085310' });
    expect(telFromPhone('452 33 104')).toEqual({ tel: 'tel:+4745233104' });
    expect(telFromPhone('800 30 196')).toEqual({ tel: 'tel:+4780030196' });
    expect(telFromPhone('+47 33 31 02 03')).toEqual({ tel: 'tel:+4733310203' });
    expect(telFromPhone('112')).toEqual({ tel: 'tel:112' });
    expect(telFromPhone('02 800')).toEqual({ tel: 'tel:02800' });
    expect(telFromPhone('116 117')).toEqual({ tel: 'tel:116117' });
  });

  it('refuses what is not a phone number', () => {
    for (const bad of ['32 08 53', '320853101', 'ring 112', '+47 1234', '12']) expect('error' in telFromPhone(bad), bad).toBe(true);
  });

  it('refuses placeholders: one digit repeated, or digits counting up', () => {
    for (const bad of ['00 00 00 00', '99 99 99 99', '+47 99 99 99 99', '12 34 56 78', '23 45 67 89']) {
      expect(telFromPhone(bad), bad).toEqual({ error: `"${bad}" looks like a placeholder, not a real number: write the service's own number from the source` });
    }
  });

  it('refuses eight digits starting with 0 or 1: those begin short numbers, never a Norwegian number', () => {
    for (const bad of ['02 80 00 00', '11 61 17 00', '+47 01 52 83 70']) expect(telFromPhone(bad), bad).toMatchObject({ error: expect.stringContaining('8-digit numbers start with 2–9') });
  });
});

describe('withNational', () => {
  it('adds the national lines after the local ones, without repeating a number', () => {
    const national = shipped('national');
    const local = shipped('hallingdal');
    const both = withNational(local, national);
    expect(both.contacts.slice(0, local.contacts.length)).toEqual(local.contacts);
    expect(both.contacts).toHaveLength(local.contacts.length + national.contacts.length);
    expect(both.id).toBe('hallingdal');
    const twice = withNational({ ...local, contacts: [...local.contacts, national.contacts[0]!] }, national);
    expect(twice.contacts.filter((c) => c.tel === 'tel:112')).toHaveLength(1);
    expect(withNational(national, national)).toBe(national);
  });
});
