// No zod here: the browser's «who to call now» code (src/engine/profiles/oslo-time.ts) uses it.

/**
 * Is YYYY-MM-DD a day on the calendar? 2027-02-30 has the shape but is no day (Date would roll it on
 * to March). One test for flows' and profiles' dates alike.
 */
export function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const [y = 0, m = 0, d = 0] = date.split('-').map(Number);
  const at = new Date(Date.UTC(y, m - 1, d));
  return at.getUTCFullYear() === y && at.getUTCMonth() === m - 1 && at.getUTCDate() === d;
}
