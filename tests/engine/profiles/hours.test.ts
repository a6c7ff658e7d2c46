import { describe, expect, it } from 'vitest';
import { parseHours, parseRange } from '../../../src/engine/profiles/hours';

describe('parseRange', () => {
  it('reads colon and dot forms, en dash and 24:00', () => {
    expect(parseRange('08:00-15:30')).toEqual({ from: 480, to: 930 });
    expect(parseRange('08.00–15.30')).toEqual({ from: 480, to: 930 });
    expect(parseRange('00:00-24:00')).toEqual({ from: 0, to: 1440 });
  });

  it('keeps a range past midnight as a night shift', () => {
    expect(parseRange('17:00-08:00')).toEqual({ from: 1020, to: 480 });
  });

  it('rejects what it cannot read', () => {
    for (const bad of ['8-15', '08:00', '25:00-26:00', '08:60-09:00', '24:00-08:00', '08:00-08:00', 'weekdays']) {
      expect(typeof parseRange(bad), bad).toBe('string');
    }
  });
});

describe('parseHours', () => {
  it('expands day ranges, lists and closed days', () => {
    const { schedule, errors } = parseHours({ 'mon-thu': '08:00-15:30', fri: ['08:00-11:00', '12:00-14:00'], sat: 'closed' });
    expect(errors).toEqual([]);
    expect(schedule?.weekly.wed).toEqual([{ from: 480, to: 930 }]);
    expect(schedule?.weekly.fri).toHaveLength(2);
    expect(schedule?.weekly.sun).toEqual([]);
    expect(schedule?.holidays).toBe('closed');
  });

  it('makes always a whole week that ignores holidays', () => {
    const { schedule } = parseHours({ always: true });
    expect(schedule?.weekly.sun).toEqual([{ from: 0, to: 1440 }]);
    expect(schedule?.holidays).toBe('normal');
  });

  it('reports every problem with its path and returns no schedule', () => {
    const { schedule, errors } = parseHours({
      weekdays: '08:00-15:30',
      'mon-fri': '8-15',
      wed: '09:00-10:00',
      exceptions: [{ date: '2026-12-24', closed: true, hours: '08:00-12:00' }, { date: '2026-07-10', to: '2026-07-01', closed: true }],
    });
    expect(schedule).toBeUndefined();
    expect(errors.map((e) => e.path)).toEqual([
      ['weekdays'],
      ['mon-fri'],
      ['wed'],
      ['exceptions', 0],
      ['exceptions', 1, 'to'],
    ]);
  });

  it('asks for some hours and not both forms', () => {
    expect(parseHours({}).errors[0]?.message).toMatch(/no opening hours/);
    expect(parseHours({ always: true, 'mon-fri': '08:00-15:30' }).errors[0]?.path).toEqual(['always']);
  });

  it('reads exceptions, including a closed period', () => {
    const { schedule, errors } = parseHours({
      'mon-fri': '08:00-15:30',
      exceptions: [
        { date: '2026-12-24', hours: '08:00-12:00' },
        { date: '2026-07-06', to: '2026-07-31', closed: true },
      ],
    });
    expect(errors).toEqual([]);
    expect(schedule?.exceptions).toEqual([
      { from: '2026-12-24', to: '2026-12-24', ranges: [{ from: 480, to: 720 }] },
      { from: '2026-07-06', to: '2026-07-31', ranges: [] },
    ]);
  });
});
