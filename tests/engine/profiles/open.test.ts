import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../src/schema/profile';
import { describeOpening } from '../../../src/engine/profiles/describe';
import { parseHours } from '../../../src/engine/profiles/hours';
import { isOpen, nextOpening } from '../../../src/engine/profiles/open';
import { osloInstant, osloTime } from '../../../src/engine/profiles/oslo-time';
import { at, shipped } from './helpers';

const hallingdal = shipped('hallingdal');
const vestfold = shipped('vestfold');
const office = hallingdal.contacts.find((c) => c.role === 'barneverntjeneste')!;
const krisesenter = hallingdal.contacts.find((c) => c.role === 'krisesenter')!;
const [bvvDirect, bvvViaPolice] = vestfold.contacts.filter((c) => c.role === 'barnevernvakt') as [Contact, Contact];

function withHours(raw: unknown): Pick<Contact, 'hours'> {
  const { schedule, errors } = parseHours(raw);
  if (!schedule) throw new Error(JSON.stringify(errors));
  return { hours: schedule };
}

const iso = (d: Date | undefined): string | undefined => d?.toISOString();

describe('Oslo time', () => {
  it('reads the Oslo wall clock whatever the device zone', () => {
    expect(osloTime(at('2026-11-28T21:00:00Z'))).toEqual({ date: '2026-11-28', weekday: 'sat', minutes: 22 * 60 });
    expect(osloTime(at('2026-06-30T22:30:00Z'))).toEqual({ date: '2026-07-01', weekday: 'wed', minutes: 30 });
  });

  it('turns Oslo wall time into an instant on both sides of the DST changes', () => {
    expect(iso(osloInstant('2026-03-28', 8 * 60))).toBe('2026-03-28T07:00:00.000Z');
    expect(iso(osloInstant('2026-03-30', 8 * 60))).toBe('2026-03-30T06:00:00.000Z');
    // 02:30 does not exist on 29 March 2026: the clock jumps from 02:00 to 03:00.
    expect(iso(osloInstant('2026-03-29', 150))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(osloInstant('2026-03-29', 3 * 60 + 30))).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 happens twice on 25 October 2026: the first is taken.
    expect(iso(osloInstant('2026-10-25', 150))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(osloInstant('2026-10-25', 3 * 60 + 30))).toBe('2026-10-25T02:30:00.000Z');
    expect(iso(osloInstant('2026-10-26', 8 * 60))).toBe('2026-10-26T07:00:00.000Z');
  });
});

describe('office hours (Hallingdal barnevern, Mon–Fri 08:00–15:30)', () => {
  it('is open on a weekday morning', () => {
    expect(isOpen(office, at('2026-11-24T09:00:00Z'))).toBe(true); // Tue 10:00
    expect(iso(nextOpening(office, at('2026-11-24T09:00:00Z'))?.at)).toBe('2026-11-24T09:00:00.000Z');
  });

  it('opens at 08:00 sharp and closes at 15:30 sharp', () => {
    expect(isOpen(office, at('2026-11-24T06:59:00Z'))).toBe(false); // 07:59
    expect(isOpen(office, at('2026-11-24T07:00:00Z'))).toBe(true); // 08:00
    expect(isOpen(office, at('2026-11-24T14:29:00Z'))).toBe(true); // 15:29
    expect(isOpen(office, at('2026-11-24T14:30:00Z'))).toBe(false); // 15:30
  });

  it('is closed on a weekday evening and opens the next morning', () => {
    const now = at('2026-11-24T17:00:00Z'); // Tue 18:00
    expect(isOpen(office, now)).toBe(false);
    const next = nextOpening(office, now);
    expect(next).toMatchObject({ date: '2026-11-25', weekday: 'wed', time: '08:00' });
    expect(describeOpening(next, now, 'en')).toBe('opens tomorrow 08:00');
    expect(describeOpening(next, now, 'nn')).toBe('opnar i morgon kl. 08:00');
  });

  it('is closed on Saturday at 22:00 and opens on Monday', () => {
    const now = at('2026-11-28T21:00:00Z');
    expect(isOpen(office, now)).toBe(false);
    const next = nextOpening(office, now);
    expect(iso(next?.at)).toBe('2026-11-30T07:00:00.000Z');
    expect(describeOpening(next, now, 'en')).toBe('opens Monday 08:00');
    expect(describeOpening(next, now, 'nb')).toBe('åpner mandag kl. 08:00');
    expect(describeOpening(next, now, 'nn')).toBe('opnar måndag kl. 08:00');
  });

  it('is closed all Sunday', () => {
    expect(isOpen(office, at('2026-11-29T11:00:00Z'))).toBe(false);
    expect(isOpen(office, at('2026-11-29T23:30:00Z'))).toBe(false); // Mon 00:30
  });

  it('is closed on a public holiday on a weekday (Ascension Day, Thu 14 May 2026)', () => {
    const now = at('2026-05-14T08:00:00Z'); // 10:00 CEST
    expect(isOpen(office, now)).toBe(false);
    expect(iso(nextOpening(office, now)?.at)).toBe('2026-05-15T06:00:00.000Z');
  });

  it('skips the whole Easter break', () => {
    const now = at('2026-04-01T14:00:00Z'); // Wed 16:00, then Thu, Fri, Sat, Sun, Mon are closed
    const next = nextOpening(office, now);
    expect(next).toMatchObject({ date: '2026-04-07', time: '08:00' });
    expect(describeOpening(next, now, 'en')).toBe('opens Tuesday 08:00');
  });

  it('skips Christmas Day on a Friday', () => {
    expect(iso(nextOpening(office, at('2026-12-25T09:00:00Z'))?.at)).toBe('2026-12-28T07:00:00.000Z');
  });
});

describe('exceptions', () => {
  const contact = withHours({
    'mon-fri': '08:00-15:30',
    exceptions: [
      { date: '2026-12-24', hours: '08:00-12:00' },
      { date: '2026-12-31', closed: true },
      { date: '2026-07-06', to: '2026-07-31', closed: true },
    ],
  });

  it('uses other hours on a listed date', () => {
    expect(isOpen(contact, at('2026-12-24T10:00:00Z'))).toBe(true); // 11:00
    expect(isOpen(contact, at('2026-12-24T11:30:00Z'))).toBe(false); // 12:30
    expect(iso(nextOpening(contact, at('2026-12-24T11:30:00Z'))?.at)).toBe('2026-12-28T07:00:00.000Z');
  });

  it('is closed on a listed date and over a closed period', () => {
    expect(isOpen(contact, at('2026-12-31T09:00:00Z'))).toBe(false);
    expect(nextOpening(contact, at('2026-12-31T09:00:00Z'))).toMatchObject({ date: '2027-01-04', time: '08:00' });
    const summer = nextOpening(contact, at('2026-07-08T08:00:00Z'));
    expect(summer).toMatchObject({ date: '2026-08-03', time: '08:00' });
    expect(describeOpening(summer, at('2026-07-08T08:00:00Z'), 'en')).toBe('opens Monday 3 August 08:00');
    expect(describeOpening(summer, at('2026-07-08T08:00:00Z'), 'nb')).toBe('åpner mandag 3. august kl. 08:00');
  });

  it('opens a weekend day when an exception says so', () => {
    const c = withHours({ 'mon-fri': '08:00-15:30', exceptions: [{ date: '2026-11-28', hours: '10:00-14:00' }] });
    expect(isOpen(c, at('2026-11-28T10:00:00Z'))).toBe(true); // Sat 11:00
  });
});

describe('always-open and night services', () => {
  it('keeps an always-open service open on holidays and at night', () => {
    for (const t of ['2026-12-24T23:00:00Z', '2026-05-17T01:00:00Z', '2026-03-29T01:30:00Z', '2026-10-25T00:30:00Z']) {
      expect(isOpen(krisesenter, at(t)), t).toBe(true);
    }
  });

  it('runs a night shift past midnight (Vestfold barnevernvakt through the police)', () => {
    expect(isOpen(bvvViaPolice, at('2026-11-24T22:30:00Z'))).toBe(true); // Tue 23:30
    expect(isOpen(bvvViaPolice, at('2026-11-25T05:00:00Z'))).toBe(true); // Wed 06:00
    expect(isOpen(bvvViaPolice, at('2026-11-25T09:00:00Z'))).toBe(false); // Wed 10:00
    expect(isOpen(bvvViaPolice, at('2026-11-28T11:00:00Z'))).toBe(true); // Sat 12:00
    expect(isOpen(bvvDirect, at('2026-11-24T17:00:00Z'))).toBe(true); // Tue 18:00
  });

  it('treats a public holiday as a Sunday when told to', () => {
    expect(isOpen(bvvViaPolice, at('2026-05-14T10:00:00Z'))).toBe(true); // Ascension Day 12:00
    expect(isOpen(bvvViaPolice, at('2026-05-13T10:00:00Z'))).toBe(false); // the Wednesday before
  });

  it('keeps the night shift through the DST changes', () => {
    // 29 March 2026, 03:30 CEST: the hour 02–03 was skipped inside Saturday's night shift.
    expect(isOpen(bvvViaPolice, at('2026-03-29T01:30:00Z'))).toBe(true);
    expect(isOpen(bvvViaPolice, at('2026-03-29T05:59:00Z'))).toBe(true); // 07:59 CEST, still night
    expect(isOpen(bvvViaPolice, at('2026-03-29T15:30:00Z'))).toBe(false); // 17:30 CEST, the direct line's turn
    expect(isOpen(bvvDirect, at('2026-03-29T15:30:00Z'))).toBe(true);
    // 25 October 2026: 02:30 happens twice, both inside the night shift.
    expect(isOpen(bvvViaPolice, at('2026-10-25T00:30:00Z'))).toBe(true);
    expect(isOpen(bvvViaPolice, at('2026-10-25T01:30:00Z'))).toBe(true);
  });
});

describe('DST change weeks (office hours)', () => {
  it('opens at 08:00 local time on the Monday after the spring change', () => {
    const sat = at('2026-03-28T21:00:00Z'); // Sat 22:00 CET
    expect(iso(nextOpening(office, sat)?.at)).toBe('2026-03-30T06:00:00.000Z'); // Mon 08:00 CEST
    expect(isOpen(office, at('2026-03-30T05:59:00Z'))).toBe(false);
    expect(isOpen(office, at('2026-03-30T06:00:00Z'))).toBe(true);
    expect(isOpen(office, at('2026-03-27T06:59:00Z'))).toBe(false); // Fri 07:59 CET, before the change
    expect(isOpen(office, at('2026-03-27T07:00:00Z'))).toBe(true);
  });

  it('opens at 08:00 local time on the Monday after the autumn change', () => {
    const fri = at('2026-10-23T14:00:00Z'); // Fri 16:00 CEST
    const next = nextOpening(office, fri);
    expect(iso(next?.at)).toBe('2026-10-26T07:00:00.000Z'); // Mon 08:00 CET
    expect(next?.time).toBe('08:00');
    expect(isOpen(office, at('2026-10-26T06:30:00Z'))).toBe(false); // 07:30 CET
    expect(isOpen(office, at('2026-10-23T06:00:00Z'))).toBe(true); // Fri 08:00 CEST
  });

  it('handles an opening inside the skipped spring hour', () => {
    const c = withHours({ sun: '02:30-04:00' });
    const next = nextOpening(c, at('2026-03-28T12:00:00Z'));
    expect(iso(next?.at)).toBe('2026-03-29T01:30:00.000Z');
    expect(next?.time).toBe('03:30');
  });
});

describe('nextOpening limits', () => {
  it('returns null when nothing opens within the lookahead', () => {
    const c = withHours({ mon: 'closed', exceptions: [] });
    expect(nextOpening(c, at('2026-11-24T09:00:00Z'))).toBeNull();
    expect(describeOpening(null, at('2026-11-24T09:00:00Z'), 'en')).toMatch(/no known opening/);
  });
});
