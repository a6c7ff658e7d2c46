// The profiles part of the engine contract: pure functions, safe in the browser.
export { loadProfile } from './load-profile';
export { isOpen, nextOpening, rangesOn, LOOKAHEAD_DAYS, type Opening } from './open';
export { pickContact, candidateRoles, FALLBACKS, type Candidate, type ContactPick } from './pick';
export { withNational } from './national';
export { describeOpening, describeSchedule } from './describe';
export { norwegianPublicHolidays, publicHolidayOn, easterSunday, type PublicHoliday } from './holidays';
export { telFromPhone } from './phone';
export { osloTime, osloInstant, TIME_ZONE, type OsloTime } from './oslo-time';
export { PROFILE_CODES, STALE_AFTER_MONTHS, type ProfileCode } from './codes';
