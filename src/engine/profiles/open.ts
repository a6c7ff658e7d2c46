import type { Contact, Schedule, TimeRange, Weekday } from '../../schema/profile';
import { publicHolidayOn } from './holidays';
import { addDays, osloInstant, osloTime, weekdayOf } from './oslo-time';

/** Checked and shown in Oslo time: a number that is wrong at 22:00 loses the user's trust. */
export interface Opening {
  at: Date;
  /** Oslo date, YYYY-MM-DD. */
  date: string;
  weekday: Weekday;
  /** Oslo time, HH:MM. */
  time: string;
}

/** How far ahead nextOpening looks; covers Christmas and Easter closures with room to spare. */
export const LOOKAHEAD_DAYS = 28;

type HasHours = Pick<Contact, 'hours'>;

/** The ranges that start on an Oslo date: an exception wins, then the public-holiday rule, then the week. */
export function rangesOn(schedule: Schedule, date: string): TimeRange[] {
  const exception = schedule.exceptions.find((e) => e.from <= date && date <= e.to);
  if (exception) return exception.ranges;
  if (schedule.holidays !== 'normal' && publicHolidayOn(date)) {
    return schedule.holidays === 'closed' ? [] : schedule.weekly.sun;
  }
  return schedule.weekly[weekdayOf(date)];
}

const overnight = (r: TimeRange): boolean => r.to <= r.from;

function openAtWallTime(schedule: Schedule, date: string, minutes: number): boolean {
  const today = rangesOn(schedule, date).some((r) => minutes >= r.from && (overnight(r) || minutes < r.to));
  // A night shift that started yesterday still runs, whatever today's rule says.
  return today || rangesOn(schedule, addDays(date, -1)).some((r) => overnight(r) && minutes < r.to);
}

export function isOpen(contact: HasHours, at: Date): boolean {
  const t = osloTime(at);
  return openAtWallTime(contact.hours, t.date, t.minutes);
}

function openingAt(at: Date): Opening {
  const t = osloTime(at);
  const hh = String(Math.floor(t.minutes / 60)).padStart(2, '0');
  const mm = String(t.minutes % 60).padStart(2, '0');
  return { at, date: t.date, weekday: t.weekday, time: `${hh}:${mm}` };
}

/**
 * The first moment at or after `at` when the contact is open: `at` itself when it is open now,
 * null when it does not open within LOOKAHEAD_DAYS.
 */
export function nextOpening(contact: HasHours, at: Date): Opening | null {
  if (isOpen(contact, at)) return openingAt(at);
  const start = osloTime(at).date;
  for (let d = 0; d <= LOOKAHEAD_DAYS; d++) {
    const date = addDays(start, d);
    for (const range of rangesOn(contact.hours, date)) {
      const candidate = osloInstant(date, range.from);
      // The check guards against wall times the spring DST change skips.
      if (candidate.getTime() > at.getTime() && isOpen(contact, candidate)) return openingAt(candidate);
    }
  }
  return null;
}
