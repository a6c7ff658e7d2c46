import { useTexts } from './texts';
import type { Explanation, Lang } from '../engine/index';
import { pick } from '../i18n/index';
import { legalName, mergeLegal } from './text';

/** «Hvorfor?»: the answers given, the rules that fired, and every legal reference and source behind them. */
export function WhySection({ explanation, lang }: { explanation: Explanation; lang: Lang }) {
  const { t } = useTexts();
  const checked = (date: string) => t('why.checked.text', { date });
  const rules = explanation.rules.filter((r) => r.reason);
  const legal = mergeLegal(explanation.legal);
  return (
    <section className="why" aria-labelledby="why-heading">
      <h2 id="why-heading">{t('why.heading.title')}</h2>
      <p>{t('why.intro.text')}</p>

      <h3>{t('why.answers.title')}</h3>
      <dl className="answers">
        {explanation.answers.map((a) => (
          <div key={a.node}>
            <dt>{pick(a.prompt, lang)}</dt>
            <dd>{a.labels.length === 0 ? t('why.none.text') : a.labels.map((l) => pick(l, lang)).join(', ')}</dd>
          </div>
        ))}
      </dl>

      <h3>{t('why.rules.title')}</h3>
      {rules.length === 0 ? (
        <p>{t('why.empty.text')}</p>
      ) : (
        <ul className="rules">
          {rules.map((r) => (
            <li key={`${r.node}:${r.rule}`}>{pick(r.reason, lang)}</li>
          ))}
        </ul>
      )}

      {legal.length > 0 && (
        <>
          <h3>{t('why.legal.title')}</h3>
          <ul className="legal">
            {legal.map((l, i) => (
              <li key={i}>
                {l.url ? (
                  <a href={l.url} rel="noopener noreferrer">
                    {legalName(l, lang)}
                  </a>
                ) : (
                  legalName(l, lang)
                )}
                {l.checked && <> ({checked(l.checked)})</>}
                {l.note && <span className="note">{pick(l.note, lang)}</span>}
              </li>
            ))}
          </ul>
        </>
      )}

      {explanation.sources.length > 0 && (
        <>
          <h3>{t('why.sources.title')}</h3>
          <ul className="sources">
            {explanation.sources.map((s, i) => (
              <li key={i}>
                {/* A plan's name is in the page's language; the sections and pages it cites are Norwegian (bokmål) and marked so, for a screen reader reading a nynorsk or English page (WCAG 3.1.2). */}
                {'seed' in s ? (
                  <>
                    {/* A flow compiled before the list of plans had only the file name to show. */}
                    {pick(explanation.plans[s.seed], lang) || t('why.seed.text', { seed: s.seed })}, <span lang="nb">{s.section}</span>
                  </>
                ) : (
                  <a href={s.url} rel="noopener noreferrer" lang="nb">
                    {s.title}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
