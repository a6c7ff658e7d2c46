/** The national numbers on every screen (domain.md §6). Labels are i18n keys under emergency.*. */
export const EMERGENCY_NUMBERS = [
  { number: '112', key: 'police' },
  { number: '113', key: 'ambulance' },
  { number: '116 117', key: 'legevakt' },
  { number: '02800', key: 'policeNonEmergency' },
  { number: '116 111', key: 'alarmtelefonen' },
] as const;
