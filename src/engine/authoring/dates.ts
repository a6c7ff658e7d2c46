import { isCalendarDate } from '../../schema/common';
import type { Problem } from '../problems';
import { STALE_AFTER_MONTHS } from '../profiles/codes';
import { addMonths } from '../profiles/oslo-time';
import type { YamlSource } from '../yaml-source';

type Path = (string | number)[];

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** A date of the right shape that is no day; the wrong shape is the schema's to report. */
function invalid(src: YamlSource, value: unknown, path: Path, what: string): Problem[] {
  if (typeof value !== 'string' || !SHAPE.test(value) || isCalendarDate(value)) return [];
  return [src.problem('INVALID_DATE', 'error', `${what} ${value} is not a date on the calendar: correct the day or the month (YYYY-MM-DD)`, path)];
}

/** The flow's `effective` date. */
export function effectiveDateProblems(src: YamlSource, data: unknown): Problem[] {
  if (data === null || typeof data !== 'object') return [];
  return invalid(src, (data as Record<string, unknown>)['effective'], ['effective'], '"effective"');
}

/**
 * A legal reference's `checked` date, measured as contact profiles measure `reviewed` (CONTACT_STALE,
 * REVIEWED_IN_FUTURE): laws change too, so a check more than STALE_AFTER_MONTHS old is flagged, and
 * a date in the future, which would keep it from ever being flagged.
 */
export function checkedDateProblems(src: YamlSource, value: unknown, path: Path, name: string, today: string): Problem[] {
  if (typeof value !== 'string' || !SHAPE.test(value)) return [];
  if (!isCalendarDate(value)) return invalid(src, value, path, `${name} "checked"`);
  if (value > today) {
    return [src.problem('CHECKED_IN_FUTURE', 'warning', `${name} was checked ${value}, after today (${today}): a typo would keep it from ever being flagged as stale; write the day you checked it against Lovdata`, path)];
  }
  if (value < addMonths(today, -STALE_AFTER_MONTHS)) {
    return [src.problem('LEGAL_STALE', 'warning', `${name} was checked ${value}, more than ${STALE_AFTER_MONTHS} months ago: check it against the law in force on Lovdata and update "checked"`, path)];
  }
  return [];
}
