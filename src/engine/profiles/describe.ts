import type { Lang } from '../../schema/common';
import type { Schedule, TimeRange, Weekday } from '../../schema/profile';
import { addDays, osloTime, WEEK } from './oslo-time';
import type { Opening } from './open';

// The engine has no i18next; these few words are kept here so the CLI and tests can use them too.
const DAY_NAMES: Record<Lang, Record<Weekday, string>> = {
  nb: { mon: 'mandag', tue: 'tirsdag', wed: 'onsdag', thu: 'torsdag', fri: 'fredag', sat: 'lørdag', sun: 'søndag' },
  nn: { mon: 'måndag', tue: 'tysdag', wed: 'onsdag', thu: 'torsdag', fri: 'fredag', sat: 'laurdag', sun: 'sundag' },
  en: { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' },
};
const MONTHS_NO = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const WORDS: Record<Lang, { openNow: string; opens: string; today: string; tomorrow: string; at: string; unknown: string }> = {
  nb: { openNow: 'åpen nå', opens: 'åpner', today: 'i dag', tomorrow: 'i morgen', at: 'kl. ', unknown: 'ingen kjent åpningstid de neste ukene' },
  nn: { openNow: 'open no', opens: 'opnar', today: 'i dag', tomorrow: 'i morgon', at: 'kl. ', unknown: 'ingen kjend opningstid dei neste vekene' },
  en: { openNow: 'open now', opens: 'opens', today: 'today', tomorrow: 'tomorrow', at: '', unknown: 'no known opening in the coming weeks' },
};

/** "opens Monday 08:00", "åpner i morgen kl. 08:00", "open now"; relative to `now` in Oslo time. */
export function describeOpening(opening: Opening | null, now: Date, lang: Lang): string {
  const w = WORDS[lang];
  if (!opening) return w.unknown;
  if (opening.at.getTime() <= now.getTime()) return w.openNow;
  const today = osloTime(now).date;
  let day: string;
  if (opening.date === today) day = w.today;
  else if (opening.date === addDays(today, 1)) day = w.tomorrow;
  else if (opening.date < addDays(today, 7)) day = DAY_NAMES[lang][opening.weekday];
  else {
    const month = Number(opening.date.slice(5, 7)) - 1;
    const date = Number(opening.date.slice(8, 10));
    day = lang === 'en'
      ? `${DAY_NAMES.en[opening.weekday]} ${date} ${MONTHS_EN[month] ?? ''}`
      : `${DAY_NAMES[lang][opening.weekday]} ${date}. ${MONTHS_NO[month] ?? ''}`;
  }
  return `${w.opens} ${day} ${w.at}${opening.time}`;
}

const hhmm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const rangesText = (ranges: readonly TimeRange[]): string => (ranges.length === 0 ? 'closed' : ranges.map((r) => `${hhmm(r.from)}-${hhmm(r.to)}`).join(', '));

/** A compact, language-neutral summary for lists: "mon-fri 08:00-15:30; sat-sun closed; holidays closed". */
export function describeSchedule(schedule: Schedule): string {
  const parts: string[] = [];
  if (schedule.always) parts.push('always');
  else {
    // Group consecutive days with the same hours, as an adviser would write them.
    let start = 0;
    for (let i = 1; i <= WEEK.length; i++) {
      const a = rangesText(schedule.weekly[WEEK[start] ?? 'mon']);
      const b = i < WEEK.length ? rangesText(schedule.weekly[WEEK[i] ?? 'mon']) : undefined;
      if (a === b) continue;
      const span = i - 1 === start ? WEEK[start] : `${WEEK[start]}-${WEEK[i - 1]}`;
      parts.push(`${span} ${a}`);
      start = i;
    }
    parts.push(`holidays ${schedule.holidays === 'sunday' ? 'as sun' : schedule.holidays === 'normal' ? 'as usual' : 'closed'}`);
  }
  if (schedule.exceptions.length > 0) parts.push(`${schedule.exceptions.length} exception${schedule.exceptions.length === 1 ? '' : 's'}`);
  if (schedule.assumed) parts.push('(assumed)');
  return parts.join('; ');
}
