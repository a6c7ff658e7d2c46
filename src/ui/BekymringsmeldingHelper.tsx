import { useId } from 'react';
import type { Role } from '../engine/index';
import { useTexts } from './texts';
import { CopyButton } from './CopyButton';

export const REPORT_FIELDS = ['person', 'why', 'seen', 'contact', 'done', 'guardians'] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];
/** A private person (neighbour, relative) has no unit to name as contact, and the public form's question about the parents is not theirs. */
const PRIVATE_FIELDS: readonly ReportField[] = ['person', 'why', 'seen', 'done'];
export type ReportDraft = Partial<Record<ReportField, string>>;
/** The fields with a hint under the label: what not to write here, and when guardians must not be told. */
const HINTS: Partial<Record<ReportField, 'report.field.personHint' | 'report.field.guardiansHint'>> = { person: 'report.field.personHint', guardians: 'report.field.guardiansHint' };

/**
 * Lays out what a bekymringsmelding must contain. The fields live in React state owned by the app
 * (cleared by «Tøm alt»), never in storage; the report itself is sent in Fiks or the unit's system.
 */
export function BekymringsmeldingHelper({ draft, onChange, role }: { draft: ReportDraft; onChange: (d: ReportDraft) => void; role?: Role | undefined }) {
  const { t } = useTexts();
  const uid = useId();
  const fields = role === 'privat' ? PRIVATE_FIELDS : REPORT_FIELDS;
  const text = fields.map((f) => `${t(`report.field.${f}`)}\n${(draft[f] ?? '').trim()}`).join('\n\n');
  return (
    <section className="report-helper" aria-labelledby={`${uid}-h`}>
      <h3 id={`${uid}-h`}>{t('report.heading.title')}</h3>
      <p>{t('report.intro.text')}</p>
      <p className="privacy-warning" role="note">
        {t('privacy.warning.text')}
      </p>
      <ol className="report-fields">
        {fields.map((f) => {
          const hint = HINTS[f];
          return (
            <li key={f}>
              <label htmlFor={`${uid}-${f}`}>{t(`report.field.${f}`)}</label>
              {hint && (
                <p className="hint" id={`${uid}-${f}-hint`}>
                  {t(hint)}
                </p>
              )}
              <textarea
                id={`${uid}-${f}`}
                rows={3}
                value={draft[f] ?? ''}
                autoComplete="off"
                // What is written about a person stays in this page: a browser's online spell check
                // (Chrome's enhanced spell check, Edge's Microsoft Editor) would send it away.
                spellCheck={false}
                aria-describedby={hint ? `${uid}-${f}-hint` : undefined}
                onChange={(e) => onChange({ ...draft, [f]: e.target.value })}
              />
            </li>
          );
        })}
      </ol>
      <p className="send-info">{t(role === 'privat' ? 'report.private.text' : 'report.send.text')}</p>
      <div className="actions-row no-print">
        <CopyButton text={text} label={t('report.copy.button')} />
      </div>
    </section>
  );
}
