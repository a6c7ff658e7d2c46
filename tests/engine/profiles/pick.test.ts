import { describe, expect, it } from 'vitest';
import { describeOpening } from '../../../src/engine/profiles/describe';
import { candidateRoles, pickContact } from '../../../src/engine/profiles/pick';
import { at, composed, shipped } from './helpers';

const hallingdal = composed('hallingdal');
const vestfold = composed('vestfold');

describe('pickContact – Hallingdal (no barnevernvakt in the plan)', () => {
  it('gives the barnevern office number on a weekday morning', () => {
    const pick = pickContact(hallingdal, ['barneverntjeneste'], at('2026-11-24T09:00:00Z'));
    expect(pick.call?.contact.phone).toBe('32 08 53 10');
    expect(pick.call?.fallbackFor).toBeUndefined();
    expect(pick.closed).toEqual([]);
    expect(pick.missing).toEqual([]);
  });

  it('routes to the police on Saturday at 22:00, not to the closed office number', () => {
    const now = at('2026-11-28T21:00:00Z');
    const pick = pickContact(hallingdal, ['barneverntjeneste'], now);
    expect(pick.call?.contact.phone).not.toBe('32 08 53 10');
    expect(pick.call).toMatchObject({ role: 'police', fallbackFor: 'barneverntjeneste', open: true });
    expect(pick.call?.contact.tel).toBe('tel:02800');
    expect(pick.closed.map((c) => c.contact.phone)).toEqual(['32 08 53 10']);
    expect(describeOpening(pick.closed[0]?.opens ?? null, now, 'en')).toBe('opens Monday 08:00');
    expect(describeOpening(pick.closed[0]?.opens ?? null, now, 'nn')).toBe('opnar måndag kl. 08:00');
  });

  it('routes to the police on a weekday evening, on Sunday and on a public holiday', () => {
    for (const t of ['2026-11-24T17:00:00Z', '2026-11-29T11:00:00Z', '2026-05-14T08:00:00Z']) {
      expect(pickContact(hallingdal, ['barneverntjeneste'], at(t)).call?.role, t).toBe('police');
    }
    const holiday = pickContact(hallingdal, ['barneverntjeneste'], at('2026-05-14T08:00:00Z'));
    expect(describeOpening(holiday.closed[0]?.opens ?? null, at('2026-05-14T08:00:00Z'), 'en')).toBe('opens tomorrow 08:00');
  });

  it('keeps an always-open local service first', () => {
    const pick = pickContact(hallingdal, ['krisesenter', 'police'], at('2026-11-28T21:00:00Z'));
    expect(pick.call?.contact.phone).toBe('32 07 52 50');
  });

  it('has nothing to fall back on without the national lines', () => {
    const pick = pickContact(shipped('hallingdal'), ['barneverntjeneste'], at('2026-11-28T21:00:00Z'));
    expect(pick.call).toBeNull();
    expect(pick.closed).toHaveLength(1);
  });
});

describe('pickContact – Vestfold (barnevernvakt from 17:00, through the police at night)', () => {
  const roles = ['barneverntjeneste'] as const;

  it('reports the missing municipal barneverntjeneste and falls back to the police in the daytime', () => {
    const pick = pickContact(vestfold, [...roles], at('2026-11-24T09:00:00Z')); // Tue 10:00
    expect(pick.missing).toEqual(['barneverntjeneste']);
    expect(pick.call).toMatchObject({ role: 'police', fallbackFor: 'barneverntjeneste' });
    // 02800, whose hours are known, before the Tønsberg station, whose round-the-clock hours are assumed.
    expect(pick.call?.contact.phone).toBe('02800');
    expect(pick.closed.map((c) => describeOpening(c.opens, at('2026-11-24T09:00:00Z'), 'en'))).toEqual([
      'opens today 17:00',
      'opens today 23:00',
    ]);
  });

  it('gives the barnevernvakt on a weekday evening', () => {
    const pick = pickContact(vestfold, [...roles], at('2026-11-24T17:00:00Z')); // Tue 18:00
    expect(pick.call).toMatchObject({ role: 'barnevernvakt', fallbackFor: 'barneverntjeneste' });
    expect(pick.call?.contact.phone).toBe('33 31 02 03');
  });

  it('reaches the barnevernvakt through the police at night and on weekend days', () => {
    for (const t of ['2026-11-24T22:30:00Z', '2026-11-28T11:00:00Z']) {
      const pick = pickContact(vestfold, [...roles], at(t));
      expect(pick.call?.contact.name.en, t).toBe('Child welfare emergency service through the police');
    }
  });

  it('gives the direct barnevernvakt number on Saturday at 22:00', () => {
    expect(pickContact(vestfold, [...roles], at('2026-11-28T21:00:00Z')).call?.contact.phone).toBe('33 31 02 03');
  });

  it('gives ATV in its phone hours and says when it opens otherwise', () => {
    const open = pickContact(vestfold, ['alternativ-til-vold'], at('2026-11-24T09:00:00Z'));
    expect(open.call?.contact.phone).toBe('452 33 104');
    const closed = pickContact(vestfold, ['alternativ-til-vold'], at('2026-11-27T15:00:00Z')); // Fri 16:00
    expect(closed.call).toBeNull();
    expect(describeOpening(closed.closed[0]?.opens ?? null, at('2026-11-27T15:00:00Z'), 'en')).toBe('opens Monday 09:00');
  });
});

describe('unknown roles', () => {
  it('are reported as missing, even names that exist on every object', () => {
    const pick = pickContact(hallingdal, ['constructor', 'konsultasjonsteam', 'krisesenter'], at('2026-11-24T09:00:00Z'));
    expect(pick.missing).toEqual(['constructor', 'konsultasjonsteam']);
    expect(pick.call?.contact.phone).toBe('32 07 52 50');
  });
});

describe('candidateRoles', () => {
  it('puts fallbacks right after the role they stand in for', () => {
    expect(candidateRoles(['barneverntjeneste', 'krisesenter'])).toEqual([
      { role: 'barneverntjeneste' },
      { role: 'barnevernvakt', fallbackFor: 'barneverntjeneste' },
      { role: 'police', fallbackFor: 'barneverntjeneste' },
      { role: 'krisesenter' },
    ]);
  });

  it('puts no fallback ahead of a requested role of the same service listed next', () => {
    // notify-barnevern-now asks for the barnevernvakt, then the barneverntjeneste: the police stand in
    // only after both, so an open office is reached before the police where there is no barnevernvakt.
    expect(candidateRoles(['barnevernvakt', 'barneverntjeneste'])).toEqual([
      { role: 'barnevernvakt' },
      { role: 'barneverntjeneste' },
      { role: 'police', fallbackFor: 'barnevernvakt' },
    ]);
  });

  it("keeps the author's position for a fallback the author listed", () => {
    expect(candidateRoles(['barneverntjeneste', 'krisesenter', 'police']).map((s) => s.role)).toEqual([
      'barneverntjeneste',
      'barnevernvakt',
      'krisesenter',
      'police',
    ]);
  });
});
