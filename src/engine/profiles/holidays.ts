import type { Localized } from '../../schema/common';
import { addDays } from './oslo-time';

/**
 * Norwegian public holidays (lov om helligdager og helligdagsfred § 2, and 1 and 17 May as
 * offentlige høytidsdager). Computed rather than listed, so that no profile runs out of dates
 * and no municipality has to copy the same list.
 */
export interface PublicHoliday {
  date: string;
  name: Localized;
}

/** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const same = (text: string, en: string): Localized => ({ nb: text, nn: text, en });

export function norwegianPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const fixed = (md: string): string => `${year}-${md}`;
  const list: PublicHoliday[] = [
    { date: fixed('01-01'), name: same('1. nyttårsdag', "New Year's Day") },
    { date: addDays(easter, -3), name: same('Skjærtorsdag', 'Maundy Thursday') },
    { date: addDays(easter, -2), name: same('Langfredag', 'Good Friday') },
    { date: easter, name: same('1. påskedag', 'Easter Sunday') },
    { date: addDays(easter, 1), name: same('2. påskedag', 'Easter Monday') },
    { date: fixed('05-01'), name: same('1. mai', 'Labour Day') },
    { date: fixed('05-17'), name: same('17. mai', 'Constitution Day') },
    { date: addDays(easter, 39), name: same('Kristi himmelfartsdag', 'Ascension Day') },
    { date: addDays(easter, 49), name: same('1. pinsedag', 'Whit Sunday') },
    { date: addDays(easter, 50), name: same('2. pinsedag', 'Whit Monday') },
    { date: fixed('12-25'), name: same('1. juledag', 'Christmas Day') },
    { date: fixed('12-26'), name: same('2. juledag', 'Boxing Day') },
  ];
  return list.sort((a, b) => a.date.localeCompare(b.date));
}

const cache = new Map<number, Map<string, PublicHoliday>>();

export function publicHolidayOn(date: string): PublicHoliday | undefined {
  const year = Number(date.slice(0, 4));
  let byDate = cache.get(year);
  if (!byDate) {
    byDate = new Map();
    // When two fall on one day (17 May and Whit Monday in 2027), the first named wins; both close the office.
    for (const h of norwegianPublicHolidays(year)) if (!byDate.has(h.date)) byDate.set(h.date, h);
    cache.set(year, byDate);
  }
  return byDate.get(date);
}
