import type { Lang, Localized, ResolvedAction } from '../../engine/index';
import { pick } from '../../i18n/index';
import { buildIcs, newUid, type IcsEvent } from './ics';
import { WARNING_ACTIONS } from '../warningActions';

/**
 * The case-discussion plan ("hvem gjør hva når") as plain data: rows prefilled from an outcome's
 * actions, a follow-up three weeks after a report is sent, and the exports (text, .ics). Pure and
 * in memory only: nothing here is stored anywhere.
 */

export type PlanTask = { kind: 'action'; id: string; title: Localized } | { kind: 'followUp' } | { kind: 'general' } | { kind: 'custom'; text: string };

export interface PlanRow {
  key: string;
  task: PlanTask;
  /** What the user typed: a role or a name. Empty until they do. */
  who: string;
  /** The flow's suggestion for who, shown as a hint, never exported unless typed. */
  suggested: Localized | undefined;
  /** A datetime-local value (YYYY-MM-DDTHH:mm, local time), or ''. */
  deadline: string;
  /** The user changed the deadline themselves (then it no longer follows the report's). */
  touched: boolean;
}

/** Standing instructions: not tasks to give someone, but what everyone keeps to (shown above the tasks). */
const STANDING = new Set([...WARNING_ACTIONS, 'own-duty-if-leader-refuses']);
/** Actions that are not tasks to give someone: the plan itself and the standing instructions. */
const NOT_TASKS = new Set(['plan-who-does-what', ...STANDING]);

/** The outcome's standing instructions, in its order («do not contact the parents» …). */
export const standingInstructions = <A extends { id: string }>(actions: readonly A[]): A[] => actions.filter((a) => STANDING.has(a.id));
export const REPORT_ACTION = 'bekymringsmelding';
/** Barnevernet confirms receipt to a public-sector reporter within three weeks. */
export const FOLLOW_UP_DAYS = 21;
const GENERAL_FOLLOW_UP_DAYS = 7;

const pad = (n: number): string => String(n).padStart(2, '0');

/** A Date as a datetime-local value in the browser's time zone. */
export function toLocalInput(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value back to a Date (local time); undefined when empty or invalid. */
export function fromLocalInput(s: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(s);
  if (!m) return undefined;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export const addDays = (d: Date, days: number): Date => {
  const out = new Date(d);
  out.setDate(out.getDate() + days);
  return out;
};

/** Now, rounded up to the next quarter of an hour. */
export function roundedNow(now: Date): Date {
  const d = new Date(now);
  d.setSeconds(0, 0);
  const m = d.getMinutes();
  if (m % 15 !== 0) d.setMinutes(m + (15 - (m % 15)));
  return d;
}

/** Rows for an outcome's actions, then the follow-ups. */
export function initialPlan(actions: ResolvedAction[], now: Date): PlanRow[] {
  const start = toLocalInput(roundedNow(now));
  const rows: PlanRow[] = actions
    .filter((a) => !NOT_TASKS.has(a.id))
    .map((a) => ({ key: a.id, task: { kind: 'action', id: a.id, title: a.title }, who: '', suggested: a.who, deadline: start, touched: false }));
  if (actions.some((a) => a.id === REPORT_ACTION)) {
    rows.push({ key: 'follow-up', task: { kind: 'followUp' }, who: '', suggested: undefined, deadline: followUpFrom(start), touched: false });
  }
  rows.push({ key: 'general', task: { kind: 'general' }, who: '', suggested: undefined, deadline: toLocalInput(addDays(roundedNow(now), GENERAL_FOLLOW_UP_DAYS)), touched: false });
  return rows;
}

function followUpFrom(reportDeadline: string): string {
  const d = fromLocalInput(reportDeadline);
  return d ? toLocalInput(addDays(d, FOLLOW_UP_DAYS)) : '';
}

/** Change one row; an untouched follow-up keeps following the report's deadline (three weeks after). */
export function updateRow(rows: PlanRow[], key: string, change: Partial<Pick<PlanRow, 'who' | 'deadline'>> & { text?: string }): PlanRow[] {
  let next = rows.map((r) => {
    if (r.key !== key) return r;
    const task = change.text !== undefined && r.task.kind === 'custom' ? { kind: 'custom' as const, text: change.text } : r.task;
    return { ...r, task, ...(change.who !== undefined ? { who: change.who } : {}), ...(change.deadline !== undefined ? { deadline: change.deadline, touched: true } : {}) };
  });
  if (change.deadline !== undefined && key === REPORT_ACTION) {
    next = next.map((r) => (r.task.kind === 'followUp' && !r.touched ? { ...r, deadline: followUpFrom(change.deadline as string) } : r));
  }
  return next;
}

export interface PlanWords {
  followUp: string;
  followUpText: string;
  general: string;
  description: string;
  who: (who: string) => string;
}

export function taskText(task: PlanTask, lang: Lang, words: Pick<PlanWords, 'followUp' | 'general'>): string {
  switch (task.kind) {
    case 'action':
      return pick(task.title, lang);
    case 'followUp':
      return words.followUp;
    case 'general':
      return words.general;
    case 'custom':
      return task.text;
  }
}

/**
 * One VEVENT per row with a deadline: the task's generic wording (or the task the user added, in
 * their words) and, when the user typed one, who is responsible. Nothing else about the case goes
 * into the calendar; the plan's privacy line asks for roles, not names.
 */
export function planEvents(rows: PlanRow[], lang: Lang, words: PlanWords, uid: () => string = newUid): IcsEvent[] {
  return rows.flatMap((r) => {
    const start = fromLocalInput(r.deadline);
    if (!start) return [];
    const description = [r.task.kind === 'followUp' ? words.followUpText : '', r.who.trim() ? words.who(r.who.trim()) : '', words.description].filter(Boolean).join('\n');
    return [{ uid: uid(), start, summary: taskText(r.task, lang, words), description }];
  });
}

export function planIcs(rows: PlanRow[], lang: Lang, words: PlanWords, now: Date, uid?: () => string): string {
  return buildIcs(planEvents(rows, lang, words, uid), { now });
}

/** The plan as plain text for copying, the standing instructions first. */
export function planText(
  rows: PlanRow[],
  lang: Lang,
  words: PlanWords & { title: string; whoLabel: string; deadlineLabel: string; unset: string; format: (d: Date) => string; standingTitle: string },
  standing: readonly string[] = [],
): string {
  const lines = [words.title, ''];
  if (standing.length > 0) lines.push(`${words.standingTitle}:`, ...standing.map((s) => `- ${s}`), '');
  rows.forEach((r, i) => {
    const d = fromLocalInput(r.deadline);
    lines.push(`${i + 1}. ${taskText(r.task, lang, words)}`);
    lines.push(`   ${words.whoLabel}: ${r.who.trim() || words.unset}`);
    lines.push(`   ${words.deadlineLabel}: ${d ? words.format(d) : words.unset}`);
  });
  return lines.join('\n');
}
