import type { TFunction } from 'i18next';
import type { Lang, Localized, WalkView } from '../engine/index';
import { LOCALES, pick } from '../i18n/index';
import { legalText, mergeLegal } from './text';

export interface SummaryInput {
  view: WalkView;
  lang: Lang;
  t: TFunction;
  now: Date;
  flowTitle: Localized | undefined;
  notes?: string | undefined;
  /** The contact profile in use, by name. */
  profileName?: string | undefined;
  /** The workplace the actions were shown for, in words. */
  roleName?: string | undefined;
}

export function formatDateTime(d: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeStyle: 'short' }).format(d);
}

/**
 * The walk as plain text for the unit's records: when, which flow version, law checked date,
 * the answers as given, the recommendation and the actions with their legal basis (and notes, if any).
 */
export function summaryText({ view, lang, t, now, flowTitle, notes, profileName, roleName }: SummaryInput): string {
  const out = view.outcome;
  const checked = (date: string) => t('why.checked.text', { date });
  const lines: string[] = [];
  lines.push(t('summary.doc.title'));
  lines.push('');
  lines.push(`${t('summary.field.date')}: ${formatDateTime(now, lang)}`);
  lines.push(`${t('summary.field.flow')}: ${pick(flowTitle, lang)} (${view.flow.id})`);
  lines.push(`${t('summary.field.version')}: ${view.flow.version} (${view.flow.hash.replace(/^sha256-/, '').slice(0, 12)})`);
  if (profileName) lines.push(`${t('summary.field.profile')}: ${profileName}`);
  lines.push(`${t('summary.field.role')}: ${roleName ?? t('userRole.shown.none')}`);
  lines.push(`${t('summary.field.lawChecked')}: ${view.flow.lawCheckedOn ?? t('summary.unknown.text')}`);
  if (out) {
    lines.push('');
    lines.push(`${t('summary.field.answers')}:`);
    for (const a of out.explanation.answers) {
      const given = a.labels.length === 0 ? t('why.none.text') : a.labels.map((l) => pick(l, lang)).join(', ');
      lines.push(`- ${pick(a.prompt, lang)} ${given}`);
    }
    lines.push('');
    lines.push(`${t('summary.field.disposition')}: ${pick(out.headline, lang)}`);
    lines.push(pick(out.headlineText, lang));
    const reasons = out.explanation.rules.filter((r) => r.reason);
    if (reasons.length > 0) {
      lines.push('');
      lines.push(`${t('summary.field.rules')}:`);
      for (const r of reasons) lines.push(`- ${pick(r.reason, lang)}`);
    }
    lines.push('');
    lines.push(`${t('summary.field.actions')}:`);
    out.actions.forEach((a, i) => {
      lines.push(`${i + 1}. ${pick(a.title, lang)}`);
      if (a.who) lines.push(`   ${t('summary.field.who')}: ${pick(a.who, lang)}`);
      if (a.when) lines.push(`   ${t('summary.field.when')}: ${pick(a.when, lang)}`);
      if (a.legal.length > 0) lines.push(`   ${t('summary.field.legal')}: ${mergeLegal(a.legal).map((l) => legalText(l, lang, checked)).join('; ')}`);
    });
  }
  if (notes && notes.trim() !== '') {
    lines.push('');
    lines.push(`${t('summary.field.notes')}:`);
    lines.push(notes.trim());
  }
  return lines.join('\n');
}

/** Clipboard API first; false when it is missing or refused, so the caller can show a text box to copy from. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
