import type { Severity } from '../problems';

/** Every problem code a contact profile can get; docs/profile-format.md explains each one. */
export const PROFILE_CODES = {
  FILE_READ: 'error',
  YAML_SYNTAX: 'error',
  PROFILE_SCHEMA: 'error',
  PROFILE_ID_MISMATCH: 'error',
  UNKNOWN_ROLE: 'error',
  BAD_HOURS: 'error',
  BAD_PHONE: 'error',
  EMERGENCY_NUMBER: 'error',
  NATIONAL_ONLY_ROLE: 'error',
  NATIONAL_LINE_MISSING: 'error',
  NATIONAL_PROFILE_MISSING: 'error',
  BAD_URL: 'error',
  MISSING_TRANSLATION: 'error',
  CONTACT_STALE: 'warning',
  REVIEWED_IN_FUTURE: 'warning',
  DUPLICATE_CONTACT: 'warning',
  NATIONAL_NUMBER_REPEATED: 'warning',
  NO_CONTACTS: 'warning',
  DUPLICATE_PROFILE_NAME: 'warning',
  PROFILE_OUTSIDE_PROFILES: 'warning',
} as const satisfies Record<string, Severity>;

export type ProfileCode = keyof typeof PROFILE_CODES;

/** A contact not checked for longer than this is flagged: numbers and hours change without notice. */
export const STALE_AFTER_MONTHS = 12;
