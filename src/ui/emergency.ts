import { NATIONAL_LINES } from '../engine/profiles/national-lines';

/**
 * The national numbers on every screen (domain.md §6). Labels are i18n keys under emergency.*.
 * The numbers are national.yaml's, which the profile check holds to the same list.
 */
export const EMERGENCY_NUMBERS = [
  { number: NATIONAL_LINES['police-emergency'], key: 'police' },
  { number: NATIONAL_LINES.ambulance, key: 'ambulance' },
  { number: NATIONAL_LINES.legevakt, key: 'legevakt' },
  { number: NATIONAL_LINES.police, key: 'policeNonEmergency' },
  { number: NATIONAL_LINES.alarmtelefonen, key: 'alarmtelefonen' },
] as const;
