import { useTexts } from './texts';
import type { Lang, Localized, WalkView } from '../engine/index';
import { CopyButton } from './CopyButton';
import { summaryText } from './summary';

export interface SummaryProps {
  view: WalkView;
  lang: Lang;
  flowTitle: Localized | undefined;
  notes: string;
  now: Date;
  /** The contact profile the numbers came from, by name. */
  profileName?: string | undefined;
  /** The workplace the actions were shown for, in words. */
  roleName?: string | undefined;
}

/** The record of the walk: print-ready (see @media print in styles.css) and copyable as plain text. */
export function Summary({ view, lang, flowTitle, notes, now, profileName, roleName }: SummaryProps) {
  const { t } = useTexts();
  const text = summaryText({ view, lang, t, now, flowTitle, notes, profileName, roleName });
  return (
    <section className="summary print-area" aria-labelledby="summary-heading">
      <h3 id="summary-heading">{t('summary.heading.title')}</h3>
      <pre className="summary-text" data-testid="summary-text">
        {text}
      </pre>
      <div className="actions-row no-print">
        <CopyButton text={text} label={t('summary.copy.button')} />
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t('summary.print.button')}
        </button>
      </div>
    </section>
  );
}
