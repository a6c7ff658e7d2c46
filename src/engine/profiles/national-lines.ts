import type { Role } from '../../schema/profile';

/** The profile with the national lines: flows/profiles/national.yaml. */
export const NATIONAL_PROFILE_ID = 'national';

/**
 * The national lines, each with the number it has everywhere in Norway (../shared/domain.md §6).
 * national.yaml must list every one with exactly this number: the app adds them to every local
 * profile, so a mistyped or deleted line would silently leave every card without it. The
 * emergency strip on every screen (src/ui/emergency.ts) reads its numbers from here too, so a
 * number is written once. Types only are imported: the app's first screen loads this file.
 */
export const NATIONAL_LINES = {
  'police-emergency': '112',
  ambulance: '113',
  police: '02800',
  legevakt: '116 117',
  alarmtelefonen: '116 111',
  'vold-og-overgrepslinjen': '116 006',
  'vern-for-eldre': '800 30 196',
  smiso: '800 57 000',
} as const satisfies Partial<Record<Role, string>>;

/**
 * The emergency short numbers and the one role each belongs to. 113 on a krisesenter card would
 * send a frightened caller to the ambulance desk; 110 (fire) belongs to no role here.
 */
export const EMERGENCY_SHORT_NUMBERS: Readonly<Record<string, { service: string; role?: Role }>> = {
  '110': { service: 'fire' },
  '112': { service: 'police', role: 'police-emergency' },
  '113': { service: 'ambulance', role: 'ambulance' },
};

/** Digits only, so "116 117" and "116117" compare equal. */
export const digitsOf = (phone: string): string => phone.replace(/\D/g, '');
