import { HOLIDAY_RULES, WEEKDAYS, type HolidayRule, type Schedule, type ScheduleException, type TimeRange, type Weekday } from '../../schema/profile';
import type { Localized } from '../../schema/common';

export interface HoursError {
  /** Relative to the `hours` object. */
  path: (string | number)[];
  message: string;
}

const RESERVED = new Set(['always', 'holidays', 'exceptions', 'assumed', 'note']);
const DAY_SPEC = /^(mon|tue|wed|thu|fri|sat|sun)(?:-(mon|tue|wed|thu|fri|sat|sun))?$/;
// Advisers copy hours from web pages and plans, which write 08.00–15.30 as often as 08:00-15:30.
const RANGE = /^\s*(\d{1,2})[:.](\d{2})\s*[-–]\s*(\d{1,2})[:.](\d{2})\s*$/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function toMinutes(h: string, m: string): number | undefined {
  const hours = Number(h);
  const minutes = Number(m);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return undefined;
  return hours * 60 + minutes;
}

export function parseRange(text: string): TimeRange | string {
  const m = RANGE.exec(text);
  if (!m) return `"${text}" is not a time range: write it like "08:00-15:30"`;
  const from = toMinutes(m[1] ?? '', m[2] ?? '');
  const to = toMinutes(m[3] ?? '', m[4] ?? '');
  if (from === undefined || to === undefined) return `"${text}" has a time that does not exist`;
  if (from === 1440) return `"${text}" starts at 24:00: start at 00:00 the next day instead`;
  if (from === to) return `"${text}" starts and ends at the same time: write "00:00-24:00" for the whole day`;
  return { from, to };
}

/** "closed", one range, or a list of ranges. */
function parseDay(value: unknown, path: (string | number)[], errors: HoursError[]): TimeRange[] | undefined {
  if (value === 'closed') return [];
  const items = typeof value === 'string' ? [value] : Array.isArray(value) ? value : undefined;
  if (!items) {
    errors.push({ path, message: 'expected "closed", a range like "08:00-15:30", or a list of ranges' });
    return undefined;
  }
  const ranges: TimeRange[] = [];
  items.forEach((item, i) => {
    const itemPath = typeof value === 'string' ? path : [...path, i];
    const r = typeof item === 'string' ? parseRange(item) : 'expected a range like "08:00-15:30"';
    if (typeof r === 'string') errors.push({ path: itemPath, message: r });
    else ranges.push(r);
  });
  return ranges.sort((a, b) => a.from - b.from);
}

function daysOf(spec: string): Weekday[] | undefined {
  const m = DAY_SPEC.exec(spec);
  if (!m) return undefined;
  const start = WEEKDAYS.indexOf(m[1] as Weekday);
  const end = m[2] ? WEEKDAYS.indexOf(m[2] as Weekday) : start;
  if (end < start) return undefined;
  return WEEKDAYS.slice(start, end + 1);
}

function emptyWeek(): Record<Weekday, TimeRange[]> {
  return { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
}

function parseExceptions(raw: unknown, errors: HoursError[]): ScheduleException[] {
  if (!Array.isArray(raw)) return [];
  const out: ScheduleException[] = [];
  raw.forEach((item, i) => {
    const path = ['exceptions', i];
    if (!isRecord(item)) return;
    const from = dateString(item['date']);
    const to = dateString(item['to']) ?? from;
    if (from === undefined || to === undefined) return; // the schema reports a missing or malformed date
    if (to < from) errors.push({ path: [...path, 'to'], message: `the period ends (${to}) before it starts (${from})` });
    const closed = item['closed'] === true;
    const hasHours = item['hours'] !== undefined;
    if (closed === hasHours) {
      errors.push({ path, message: 'an exception is either "closed: true" or has "hours", not both or neither' });
      return;
    }
    const ranges = closed ? [] : parseDay(item['hours'], [...path, 'hours'], errors);
    if (!ranges) return;
    const clash = out.find((e) => e.from <= to && from <= e.to);
    if (clash) errors.push({ path: [...path, 'date'], message: `overlaps the exception from ${clash.from}: which hours hold that day?` });
    const note = item['note'];
    out.push({ from, to, ranges, ...(isRecord(note) ? { note: note as Localized } : {}) });
  });
  return out;
}

function dateString(v: unknown): string | undefined {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
}

/**
 * Turns the `hours` of a contact into a Schedule. Reports every problem; returns a schedule only
 * when there were none, so a half-understood schedule can never reach a user.
 */
export function parseHours(raw: unknown): { schedule?: Schedule; errors: HoursError[] } {
  const errors: HoursError[] = [];
  if (!isRecord(raw)) return { errors }; // the schema reports the wrong type

  const weekly = emptyWeek();
  const seen = new Map<Weekday, string>();
  let dayKeys = 0;
  for (const [key, value] of Object.entries(raw)) {
    if (RESERVED.has(key)) continue;
    dayKeys++;
    const days = daysOf(key);
    if (!days) {
      errors.push({ path: [key], message: `"${key}" is not a day: use mon, tue, wed, thu, fri, sat, sun or a range like mon-fri` });
      continue;
    }
    const ranges = parseDay(value, [key], errors);
    const twice = days.filter((d) => seen.has(d));
    if (twice.length > 0) errors.push({ path: [key], message: `${twice.join(', ')} already given by "${seen.get(twice[0] ?? 'mon') ?? ''}"` });
    for (const day of days) {
      seen.set(day, key);
      if (ranges) weekly[day] = ranges;
    }
  }

  const always = raw['always'] === true;
  if (always && dayKeys > 0) errors.push({ path: ['always'], message: 'write either "always: true" or hours per day, not both' });
  if (!always && dayKeys === 0) errors.push({ path: [], message: 'no opening hours: write "always: true" or days like mon-fri: "08:00-15:30"' });
  if (always) for (const day of WEEKDAYS) weekly[day] = [{ from: 0, to: 1440 }];

  const exceptions = parseExceptions(raw['exceptions'], errors);
  const rule = raw['holidays'];
  const holidays: HolidayRule = always ? 'normal' : (HOLIDAY_RULES as readonly unknown[]).includes(rule) ? (rule as HolidayRule) : 'closed';

  if (errors.length > 0) return { errors };
  const note = raw['note'];
  return {
    schedule: { always, weekly, holidays, exceptions, assumed: raw['assumed'] === true, ...(isRecord(note) ? { note: note as Localized } : {}) },
    errors,
  };
}
