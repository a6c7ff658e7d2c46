import { describe, expect, it } from 'vitest';
import { easterSunday, norwegianPublicHolidays, publicHolidayOn } from '../../../src/engine/profiles/holidays';

describe('Norwegian public holidays', () => {
  it('lists the twelve holidays of 2026', () => {
    expect(norwegianPublicHolidays(2026).map((h) => h.date)).toEqual([
      '2026-01-01', '2026-04-02', '2026-04-03', '2026-04-05', '2026-04-06', '2026-05-01',
      '2026-05-14', '2026-05-17', '2026-05-24', '2026-05-25', '2026-12-25', '2026-12-26',
    ]);
  });

  it('lists 2027, where Whit Monday falls on 17 May', () => {
    expect(norwegianPublicHolidays(2027).map((h) => h.date)).toEqual([
      '2027-01-01', '2027-03-25', '2027-03-26', '2027-03-28', '2027-03-29', '2027-05-01',
      '2027-05-06', '2027-05-16', '2027-05-17', '2027-05-17', '2027-12-25', '2027-12-26',
    ]);
    expect(publicHolidayOn('2027-05-17')?.name.nb).toBe('17. mai');
  });

  it('computes Easter Sunday for known years', () => {
    expect(['2024', '2025', '2026', '2027', '2028'].map((y) => easterSunday(Number(y)))).toEqual([
      '2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2028-04-16',
    ]);
  });

  it('does not treat Christmas Eve or an ordinary day as a public holiday', () => {
    expect(publicHolidayOn('2026-12-24')).toBeUndefined();
    expect(publicHolidayOn('2026-05-13')).toBeUndefined();
    expect(publicHolidayOn('2026-05-14')?.name.en).toBe('Ascension Day');
  });
});
