import { isCalendarDate } from '../../schema/calendar-date';
import type { Weekday } from '../../schema/profile';

// A type-only import of the schema keeps zod out of the browser's "who to call now" bundle.
export const WEEK: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * Wall-clock time in Norway. Opening hours are written in Norwegian local time, while the device
 * may be anywhere (a trainer abroad, a phone set to UTC), so every evaluation goes through here.
 */
export const TIME_ZONE = 'Europe/Oslo';

export interface OsloTime {
  /** YYYY-MM-DD */
  date: string;
  weekday: Weekday;
  /** Minutes after local midnight, 0–1439. */
  minutes: number;
}

const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(at: Date): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatter.formatToParts(at)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts['year'] ?? 1970,
    month: parts['month'] ?? 1,
    day: parts['day'] ?? 1,
    // Some engines print midnight as 24 even with h23.
    hour: (parts['hour'] ?? 0) % 24,
    minute: parts['minute'] ?? 0,
    second: parts['second'] ?? 0,
  };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function osloTime(at: Date): OsloTime {
  const w = wallClock(at);
  const date = `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
  return { date, weekday: weekdayOf(date), minutes: w.hour * 60 + w.minute };
}

export function weekdayOf(date: string): Weekday {
  const jsDay = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return WEEK[(jsDay + 6) % 7] ?? 'mon';
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Same day `months` later (earlier when negative), clamped to the month's last day. */
export function addMonths(date: string, months: number): string {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

/**
 * The instant when the Oslo wall clock shows `minutes` on `date`. A wall time skipped by the
 * spring change (02:00–03:00) comes out an hour later; in the repeated autumn hour, the first.
 */
export function osloInstant(date: string, minutes: number): Date {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  const asUtc = Date.UTC(y, m - 1, d, 0, minutes);
  const offsetAt = (ms: number): number => {
    const w = wallClock(new Date(ms));
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - ms;
  };
  // Oslo is never west of UTC: start from the earlier offset so the autumn repeat resolves to its first hour.
  let guess = asUtc - offsetAt(asUtc - 3 * 3600_000);
  const corrected = asUtc - offsetAt(guess);
  if (corrected !== guess) {
    const w = wallClock(new Date(corrected));
    // Keep the correction only when it really lands on the asked wall time.
    if (w.hour * 60 + w.minute === minutes % 1440) guess = corrected;
  }
  return new Date(guess);
}

/**
 * A caller's `today` (YYYY-MM-DD) when it is a day on the calendar, else the real date in Norway:
 * tests pin the date that `checked` and `reviewed` dates are measured from, and a malformed one
 * must not switch those checks off.
 */
export function todayOr(today: string | undefined): string {
  return today !== undefined && isCalendarDate(today) ? today : osloTime(new Date()).date;
}
