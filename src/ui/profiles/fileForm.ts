import type { Schedule, TimeRange } from '../../schema/profile';

/**
 * The build serves profiles in their loaded form (tel: links added, hours parsed into minutes).
 * To check such a file with the same schema and checks as a YAML file, it is written back in the
 * form an author writes. Anything unexpected is passed through untouched, so the checks report it.
 */
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const hhmm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const rangeText = (r: TimeRange): string => `${hhmm(r.from)}-${hhmm(r.to)}`;
const isRange = (r: unknown): r is TimeRange => isRecord(r) && typeof r['from'] === 'number' && typeof r['to'] === 'number';

function dayText(ranges: unknown): unknown {
  if (!Array.isArray(ranges) || !ranges.every(isRange)) return ranges;
  return ranges.length === 0 ? 'closed' : ranges.map(rangeText);
}

/** True when the data looks like a loaded profile rather than an authored one. */
export function isLoadedForm(data: unknown): boolean {
  if (!isRecord(data) || !Array.isArray(data['contacts'])) return false;
  return data['contacts'].some((c) => isRecord(c) && ('tel' in c || (isRecord(c['hours']) && 'weekly' in c['hours'])));
}

function hoursToFile(hours: unknown): unknown {
  if (!isRecord(hours) || !isRecord(hours['weekly'])) return hours;
  const s = hours as unknown as Schedule & Record<string, unknown>;
  const { weekly, always, holidays, exceptions, assumed, note, ...rest } = s;
  const out: Record<string, unknown> = { ...rest };
  if (always === true) out['always'] = true;
  else {
    for (const [day, ranges] of Object.entries(weekly)) out[day] = dayText(ranges);
    if (holidays !== undefined) out['holidays'] = holidays;
  }
  if (Array.isArray(exceptions) && exceptions.length > 0) {
    out['exceptions'] = exceptions.map((e: unknown) => {
      if (!isRecord(e) || typeof e['from'] !== 'string') return e;
      const { from, to, ranges, ...more } = e;
      const closed = Array.isArray(ranges) && ranges.length === 0;
      return { date: from, ...(to !== undefined && to !== from ? { to } : {}), ...(closed ? { closed: true } : { hours: dayText(ranges) }), ...more };
    });
  }
  if (assumed === true) out['assumed'] = true;
  if (note !== undefined) out['note'] = note;
  return out;
}

export function toFileForm(data: unknown): unknown {
  if (!isRecord(data) || !Array.isArray(data['contacts'])) return data;
  return {
    ...data,
    contacts: data['contacts'].map((c: unknown) => {
      if (!isRecord(c)) return c;
      // tel is derived from phone; the loader derives it again (and checks the number).
      const { tel: _tel, hours, ...rest } = c;
      return { ...rest, hours: hoursToFile(hours) };
    }),
  };
}
