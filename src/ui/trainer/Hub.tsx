import { useId } from 'react';
import { useTexts } from '../texts';
import type { FlowCatalog, Lang } from '../../engine/index';
import { pick } from '../../i18n/index';
import type { FlowSource } from '../walk/source';
import { useScenarioLibrary } from './data';
import { trainerHref } from './routes';
import { StepHeading } from '../StepHeading';

/** `#/trening`: every flow with its flow chart, practice cases, presenter mode and what changed. */
export function Hub({ catalog, source, lang }: { catalog: FlowCatalog; source: FlowSource; lang: Lang }) {
  const { t } = useTexts();
  return (
    <div className="trainer trainer-hub">
      <StepHeading>{t('trainer.hub.title')}</StepHeading>
      <p>{t('trainer.hub.intro')}</p>
      <ul className="hub-flows">
        {catalog.flows.map((f) => (
          <li key={f.id}>
            <FlowTools id={f.id} title={pick(f.title, lang)} description={pick(f.description, lang)} source={source} lang={lang} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function FlowTools({ id, title, description, source, lang }: { id: string; title: string; description: string; source: FlowSource; lang: Lang }) {
  const { t } = useTexts();
  const headingId = useId();
  const practiceId = useId();
  const library = useScenarioLibrary(source, id);
  return (
    <section className="hub-flow" aria-labelledby={headingId} data-flow={id}>
      <h2 id={headingId}>{title}</h2>
      <p>{description}</p>
      <ul className="hub-links" aria-label={t('trainer.hub.tools', { flow: title })}>
        <li>
          <a href={trainerHref.diagram(id)}>{t('trainer.hub.diagram')}</a>
        </li>
        <li>
          <a href={trainerHref.presenter(id)}>{t('trainer.hub.presenter')}</a>
        </li>
        <li>
          <a href={trainerHref.changes(id)}>{t('trainer.hub.changes')}</a>
        </li>
        <li>
          <a href={trainerHref.practiceList(id)}>{t('trainer.hub.practice')}</a>
        </li>
      </ul>
      <h3 id={practiceId}>{t('trainer.hub.practice')}</h3>
      {library.status === 'loading' && <p role="status">{t('app.loading.text')}</p>}
      {library.status === 'error' && <p className="error">{t('trainer.load.error', { message: library.message })}</p>}
      {library.status === 'ready' &&
        (library.value.scenarios.length === 0 ? (
          <p>{t('trainer.hub.none')}</p>
        ) : (
          <ul className="vignettes" aria-labelledby={practiceId}>
            {library.value.scenarios.map((s) => (
              <li key={s.id}>
                <a href={trainerHref.practice(id, s.id)}>{pick(s.title, lang)}</a>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
