import { describe, expect, it } from 'vitest';
import { prepare, startWalk, step, viewWalk, type WalkSnapshot } from '../../src/engine/index';
import { createI18n } from '../../src/i18n/index';
import { ensureTrainerStrings } from '../../src/i18n/trainer/index';
import { buildIcs, escapeText, foldLine } from '../../src/ui/trainer/ics';
import { FOLLOW_UP_DAYS, fromLocalInput, initialPlan, planIcs, updateRow, type PlanWords } from '../../src/ui/trainer/plan';
import { flow } from './helpers';
import { trainerSource } from './trainer-helpers';

/** A minimal RFC 5545 reader: checks CRLF, unfolds, splits properties, unescapes TEXT values. */
function parseIcs(text: string) {
  expect(text.endsWith('\r\n')).toBe(true);
  // Every line break is CRLF: no bare LF or CR anywhere.
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
  const unfolded = text.replace(/\r\n[ \t]/g, '').slice(0, -2).split('\r\n');
  const unescape = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  const top: Record<string, string> = {};
  for (const line of unfolded) {
    const at = line.indexOf(':');
    const name = line.slice(0, at).split(';')[0] as string;
    const value = line.slice(at + 1);
    if (name === 'BEGIN' && value === 'VEVENT') current = {};
    else if (name === 'END' && value === 'VEVENT') {
      if (current) events.push(current);
      current = undefined;
    } else if (current) current[name] = ['SUMMARY', 'DESCRIPTION'].includes(name) ? unescape(value) : value;
    else top[name] = value;
  }
  expect(unfolded[0]).toBe('BEGIN:VCALENDAR');
  expect(unfolded.at(-1)).toBe('END:VCALENDAR');
  return { top, events, physical };
}

const parseUtc = (s: string): Date => new Date(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}Z`);

const i18n = createI18n('nb');
ensureTrainerStrings(i18n);
const t = i18n.t;
const words: PlanWords = {
  followUp: t('plan.followUp.title'),
  followUpText: t('plan.followUp.text'),
  general: t('plan.general.title'),
  description: t('plan.ics.description'),
  who: (who) => t('plan.ics.who', { who }),
};

/** An outcome with a bekymringsmelding: a barn scenario walked with the engine. */
async function reportOutcome() {
  const r = prepare(flow('barn'));
  const lib = await trainerSource().scenarios('barn');
  const scenario = lib.scenarios.find((s) => s.expect.disposition === 'bekymringsmelding');
  if (!scenario) throw new Error('no report scenario');
  let snap: WalkSnapshot = startWalk(r);
  for (let i = 0; i < 100; i++) {
    const v = viewWalk(r, snap);
    if (v.outcome) return v.outcome;
    snap = step(r, snap, v.node.kind === 'question' ? { type: 'ANSWER', value: scenario.answers[v.nodeId] as string } : { type: 'CONTINUE' });
  }
  throw new Error('no outcome');
}

describe('.ics builder', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a UTF-8 character, and parses back', () => {
    const long = 'Oppfølging: sjekk tilbakemelding fra barnevernet – ære, øl; å\\ «sitat» '.repeat(4);
    const folded = foldLine(`SUMMARY:${escapeText(long)}`);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').slice(1).every((l) => l.startsWith(' '))).toBe(true);
    const ics = buildIcs([{ uid: 'x@tiltakskort', start: new Date('2026-12-03T12:45:00Z'), summary: long, description: 'linje 1\nlinje 2' }], { now: new Date('2026-12-03T12:00:00Z') });
    const { top, events } = parseIcs(ics);
    expect(top).toMatchObject({ VERSION: '2.0' });
    expect(top.PRODID).toBeTruthy();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ UID: 'x@tiltakskort', DTSTAMP: '20261203T120000Z', DTSTART: '20261203T124500Z', SUMMARY: long, DESCRIPTION: 'linje 1\nlinje 2' });
  });

  it('a plan after a report: follow-up three weeks after sending it, no personal data unless typed', async () => {
    const outcome = await reportOutcome();
    const now = new Date(2026, 11, 3, 13, 40); // local time
    let rows = initialPlan(outcome.actions, now);
    const report = rows.find((r) => r.key === 'bekymringsmelding');
    const follow = rows.find((r) => r.task.kind === 'followUp');
    expect(report && follow).toBeTruthy();
    // The report is due at 13:45 (the next quarter of an hour), the follow-up three weeks later.
    expect(report?.deadline).toBe('2026-12-03T13:45');
    expect(follow?.deadline).toBe('2026-12-24T13:45');

    // Moving the report's deadline moves an untouched follow-up with it.
    rows = updateRow(rows, 'bekymringsmelding', { deadline: '2026-12-07T09:30' });
    expect(rows.find((r) => r.task.kind === 'followUp')?.deadline).toBe('2026-12-28T09:30');

    let n = 0;
    const ics = planIcs(rows, 'nb', words, new Date('2026-12-03T12:40:00Z'), () => `uid-${++n}@tiltakskort`);
    const { events } = parseIcs(ics);
    expect(events.length).toBe(rows.length);
    const fu = events.find((e) => e.SUMMARY === 'Oppfølging: sjekk tilbakemelding fra barnevernet');
    const rep = events.find((e) => e.SUMMARY === pick(outcome.actions.find((a) => a.id === 'bekymringsmelding')?.title));
    expect(fu && rep).toBeTruthy();
    const days = (parseUtc(fu!.DTSTART!).getTime() - parseUtc(rep!.DTSTART!).getTime()) / 86_400_000;
    expect(days).toBe(FOLLOW_UP_DAYS);
    expect(parseUtc(rep!.DTSTART!).getTime()).toBe(fromLocalInput('2026-12-07T09:30')!.getTime());
    expect(fu!.DESCRIPTION).toContain('innen tre uker');
    for (const e of events) {
      expect(e.UID).toMatch(/^uid-\d+@tiltakskort$/);
      expect(e.DTSTAMP).toBe('20261203T124000Z');
      expect(e.DESCRIPTION).not.toContain('Ansvarlig');
    }
    // Only the flow's generic wording: no answers, notes or names from the walk.
    expect(ics).not.toMatch(/Sara|Ida|pappa|mamma/i);

    // What the user types goes into that row's event, and only there.
    rows = updateRow(rows, 'follow-up', { who: 'Kari Nordmann, kontaktlærer; 5B' });
    const typed = parseIcs(planIcs(rows, 'nb', words, new Date(), () => 'u@tiltakskort')).events;
    expect(typed.find((e) => e.SUMMARY?.startsWith('Oppfølging'))?.DESCRIPTION).toContain('Ansvarlig: Kari Nordmann, kontaktlærer; 5B');
    expect(typed.filter((e) => e.DESCRIPTION?.includes('Kari'))).toHaveLength(1);
  });

  it('rows without a deadline give no event', async () => {
    const outcome = await reportOutcome();
    const rows = initialPlan(outcome.actions, new Date()).map((r) => ({ ...r, deadline: '' }));
    expect(parseIcs(planIcs(rows, 'nb', words, new Date())).events).toEqual([]);
  });
});

function pick(l: { nb?: string | undefined } | undefined): string {
  return l?.nb ?? '';
}
