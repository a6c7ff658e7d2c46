import { z } from 'zod';
import { Id, isCalendarDate, Localized, SourceRef } from './common';

/**
 * Roles a contact can fill. Actions in the vocabulary name roles, never numbers, so that the same
 * flow shows Hallingdal's or Vestfold's number depending on the chosen profile.
 */
export const LOCAL_ROLES = [
  'police',
  'barneverntjeneste',
  'barnevernvakt',
  'krisesenter',
  'legevakt',
  'overgrepsmottak',
  'familievern',
  'alternativ-til-vold',
  'smiso',
  'statens-barnehus',
  'konsultasjonsteam',
  'tryggest',
  'vern-for-eldre',
  // The police/municipality risk model (RISK Vestfold): a line for professionals, not the public.
  'risk',
] as const;

/** Lines that are the same everywhere in Norway; they live in flows/profiles/national.yaml. */
export const NATIONAL_ROLES = ['police-emergency', 'ambulance', 'alarmtelefonen', 'vold-og-overgrepslinjen'] as const;

export const ROLES = [...LOCAL_ROLES, ...NATIONAL_ROLES] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export const PROFILE_LANGUAGES = ['nb', 'nn'] as const;
export type ProfileLanguage = (typeof PROFILE_LANGUAGES)[number];

export const HOLIDAY_RULES = ['closed', 'sunday', 'normal'] as const;
export type HolidayRule = (typeof HOLIDAY_RULES)[number];

/** What to write instead: 23.11.2026 becomes 2026-11-23, so the author sees the format on their own date. */
function dateAdvice(input: unknown): string {
  const text = typeof input === 'string' ? input.trim() : '';
  const dmy = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  const example = dmy ? `${dmy[3] ?? ''}-${(dmy[2] ?? '').padStart(2, '0')}-${(dmy[1] ?? '').padStart(2, '0')}` : '2026-11-23';
  const what = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text} is not a date in the calendar` : `"${text}" is not written as a date`;
  return `${what}: write the date as YYYY-MM-DD (year-month-day), e.g. ${example}`;
}

/**
 * One check, so a date written the Norwegian way (23.11.2026) gets one error saying how to write
 * it, not a format error and a calendar error side by side.
 */
const CalendarDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), // as IsoDate: a YAML date may arrive as a Date
  z.string().refine(isCalendarDate, { error: (issue) => dateAdvice(issue.input) }),
);

/**
 * "08:00-15:30", a list of such ranges, or "closed". Left open here: the loader parses it and
 * reports BAD_HOURS at the exact place, so an author gets one clear message instead of two.
 */
const DayHours = z.unknown();

const HoursException = z.object({
  date: CalendarDate,
  /** Last day of a closed period (inclusive), e.g. a summer closure. */
  to: CalendarDate.optional(),
  closed: z.literal(true).optional(),
  hours: DayHours.optional(),
  note: Localized.optional(),
}).strict();

/**
 * Day keys (mon … sun, ranges like mon-fri) are free-form here on purpose: the loader parses them
 * and reports BAD_HOURS at the exact key, which reads better than a schema error.
 */
export const HoursFile = z.object({
  always: z.literal(true).optional(),
  holidays: z.enum(HOLIDAY_RULES).optional(),
  exceptions: z.array(HoursException).optional(),
  /** True when the source gave no hours and these are our assumption. */
  assumed: z.boolean().optional(),
  note: Localized.optional(),
}).catchall(DayHours);
export type HoursFile = z.infer<typeof HoursFile>;

export const ContactFile = z.object({
  /** Free-form here so that UNKNOWN_ROLE can name the roles that exist. */
  role: z.string().min(1),
  name: Localized,
  phone: z.string().min(1),
  hours: HoursFile,
  who: Localized,
  url: z.url().optional(),
  note: Localized.optional(),
  source: SourceRef,
  reviewed: CalendarDate,
}).strict();
export type ContactFile = z.infer<typeof ContactFile>;

/** A contact profile as written in flows/profiles/<id>.yaml. */
export const ProfileFile = z.object({
  id: Id,
  name: Localized,
  language: z.enum(PROFILE_LANGUAGES),
  note: Localized,
  routine: z.object({ url: z.url().optional(), label: Localized }).strict().optional(),
  contacts: z.array(ContactFile),
}).strict();
export type ProfileFile = z.infer<typeof ProfileFile>;

// ---- The loaded form: what the engine and the UI work with (plain data, JSON-safe). ----

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * Minutes after local midnight. `to` is at most 1440; a range with `to` <= `from` runs past
 * midnight into the next day (a night shift belongs to the day it starts).
 */
export interface TimeRange {
  from: number;
  to: number;
}

export interface ScheduleException {
  from: string;
  /** Inclusive; equal to `from` for a single day. */
  to: string;
  /** Empty when closed. */
  ranges: TimeRange[];
  note?: Localized;
}

export interface Schedule {
  always: boolean;
  weekly: Record<Weekday, TimeRange[]>;
  /** How Norwegian public holidays are treated: closed, as a Sunday, or like any other day. */
  holidays: HolidayRule;
  exceptions: ScheduleException[];
  assumed: boolean;
  note?: Localized;
}

export interface Contact {
  role: Role;
  name: Localized;
  /** As written, for people to read: "32 08 53 10". */
  phone: string;
  /** For links: "tel:+4732085310", "tel:112". */
  tel: string;
  hours: Schedule;
  who: Localized;
  url?: string;
  note?: Localized;
  source: SourceRef;
  reviewed: string;
}

export interface Profile {
  id: string;
  name: Localized;
  language: ProfileLanguage;
  note: Localized;
  routine?: { url?: string; label: Localized };
  contacts: Contact[];
}
