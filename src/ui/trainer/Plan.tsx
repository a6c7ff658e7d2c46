import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTexts } from '../texts';
import type { Lang, ResolvedAction } from '../../engine/index';
import { pick } from '../../i18n/index';
import { ensureTrainerStrings } from '../../i18n/trainer/index';
import { CopyButton } from '../CopyButton';
import { formatDateTime } from '../summary';
import { initialPlan, planIcs, planText, standingInstructions, taskText, updateRow, type PlanRow, type PlanWords } from './plan';
import './trainer.css';

export interface PlanProps {
  actions: ResolvedAction[];
  lang: Lang;
  now?: Date | undefined;
  onClose: () => void;
}

/** Download a text as a file, from a Blob on this origin (no request leaves the page). */
export function download(name: string, body: string, type: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * "Hvem gjør hva når": rows from the outcome's actions with a responsible role or name and a deadline,
 * a follow-up three weeks after a report, exported as .ics reminders, printed or copied. In memory only.
 */
export default function Plan({ actions, lang, now, onClose }: PlanProps) {
  const { t, i18n } = useTexts();
  // This chunk's strings: merged into i18next before the first t() below.
  ensureTrainerStrings(i18n);
  const uid = useId();
  const [rows, setRows] = useState<PlanRow[]>(() => initialPlan(actions, now ?? new Date()));
  const [icsMessage, setIcsMessage] = useState('');

  useEffect(() => {
    document.getElementById(`${uid}-heading`)?.focus();
  }, [uid]);

  const words: PlanWords = useMemo(
    () => ({
      followUp: t('plan.followUp.title'),
      followUpText: t('plan.followUp.text'),
      general: t('plan.general.title'),
      description: t('plan.ics.description'),
      who: (who: string) => t('plan.ics.who', { who }),
    }),
    [t],
  );
  const standing = standingInstructions(actions).map((a) => pick(a.title, lang));
  const text = planText(
    rows,
    lang,
    {
      ...words,
      title: t('plan.text.title'),
      whoLabel: t('plan.field.who'),
      deadlineLabel: t('plan.field.deadline'),
      unset: t('plan.text.unset'),
      format: (d) => formatDateTime(d, lang),
      standingTitle: t('plan.standing.title'),
    },
    standing,
  );

  const exportIcs = () => {
    if (!rows.some((r) => r.deadline)) {
      setIcsMessage(t('plan.ics.none'));
      return;
    }
    setIcsMessage('');
    download('tiltakskort-plan.ics', planIcs(rows, lang, words, new Date()), 'text/calendar;charset=utf-8');
  };

  const print = () => {
    const root = document.documentElement;
    root.classList.add('print-plan');
    const done = () => {
      root.classList.remove('print-plan');
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  };

  // A row added with «Legg til punkt» takes focus, its placeholder task selected to be typed over:
  // otherwise it appeared below with nothing said and focus left on the button.
  const added = useRef<string | undefined>(undefined);
  const addRow = () => {
    const key = `custom-${rows.length}-${Date.now()}`;
    added.current = key;
    setRows((rs) => [...rs, { key, task: { kind: 'custom', text: t('plan.add.task') }, who: '', suggested: undefined, deadline: '', touched: false }]);
  };
  useEffect(() => {
    if (added.current === undefined) return;
    const field = document.getElementById(`${uid}-${added.current}-task`);
    added.current = undefined;
    if (field instanceof HTMLInputElement) {
      field.focus();
      field.select();
    }
  }, [rows, uid]);

  return (
    <section className="plan" aria-labelledby={`${uid}-heading`} data-testid="plan">
      <h2 id={`${uid}-heading`} tabIndex={-1}>
        {t('plan.heading.title')}
      </h2>
      <p className="no-print">{t('plan.intro.text')}</p>
      <p className="privacy-warning no-print" role="note">
        {t('plan.privacy.text')}
      </p>
      {standing.length > 0 && (
        <section className="plan-standing" aria-labelledby={`${uid}-standing`}>
          <h3 id={`${uid}-standing`}>{t('plan.standing.title')}</h3>
          <ul>
            {standing.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </section>
      )}
      <ol className="plan-rows">
        {rows.map((r) => {
          const id = `${uid}-${r.key}`;
          const task = taskText(r.task, lang, words);
          // What names the row's fields: its heading, or (a row of one's own) a hidden copy of the typed
          // task — browsers disagree on what a field referenced by aria-labelledby gives, its value or its label.
          const taskName = r.task.kind === 'custom' ? `${id}-task-text` : `${id}-task`;
          return (
            <li key={r.key} className="plan-row" data-row={r.key}>
              {r.task.kind === 'custom' ? (
                <div className="plan-field">
                  <label htmlFor={`${id}-task`}>{t('plan.field.task')}</label>
                  <input id={`${id}-task`} type="text" autoComplete="off" spellCheck={false} value={r.task.text} onChange={(e) => setRows((rs) => updateRow(rs, r.key, { text: e.target.value }))} />
                  <span id={taskName} hidden>
                    {r.task.text}
                  </span>
                </div>
              ) : (
                <h3 id={`${id}-task`} className="plan-task">
                  {task}
                </h3>
              )}
              {r.task.kind === 'followUp' && <p className="hint">{t('plan.followUp.text')}</p>}
              {/* Each field is named by its task and its label («Ring 112 Hvem (rolle)»): in a list of the
                  form's fields, «Hvem» alone on every row could not be told apart. */}
              <div className="plan-fields">
                <div className="plan-field">
                  <label htmlFor={`${id}-who`} id={`${id}-who-label`}>
                    {t('plan.field.who')}
                  </label>
                  {r.suggested && (
                    <span className="hint" id={`${id}-who-hint`}>
                      {t('plan.field.suggested', { who: pick(r.suggested, lang) })}
                    </span>
                  )}
                  <input
                    id={`${id}-who`}
                    type="text"
                    autoComplete="off"
                    spellCheck={false} // names stay in this page (see OutcomeView's notes)
                    value={r.who}
                    aria-labelledby={`${taskName} ${id}-who-label`}
                    aria-describedby={r.suggested ? `${id}-who-hint` : undefined}
                    onChange={(e) => setRows((rs) => updateRow(rs, r.key, { who: e.target.value }))}
                  />
                </div>
                <div className="plan-field">
                  <label htmlFor={`${id}-deadline`} id={`${id}-deadline-label`}>
                    {t('plan.field.deadline')}
                  </label>
                  <input
                    id={`${id}-deadline`}
                    type="datetime-local"
                    value={r.deadline}
                    aria-labelledby={`${taskName} ${id}-deadline-label`}
                    onChange={(e) => setRows((rs) => updateRow(rs, r.key, { deadline: e.target.value }))}
                  />
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      <pre className="plan-text print-only">{text}</pre>
      <div className="actions-row no-print">
        <button type="button" className="secondary" onClick={addRow}>
          {t('plan.add.button')}
        </button>
        <button type="button" className="primary" onClick={exportIcs}>
          {t('plan.ics.button')}
        </button>
        <CopyButton text={text} label={t('plan.copy.button')} />
        <button type="button" className="secondary" onClick={print}>
          {t('plan.print.button')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('plan.open.close')}
        </button>
      </div>
      <p role="status" className="plan-status">
        {icsMessage}
      </p>
    </section>
  );
}
