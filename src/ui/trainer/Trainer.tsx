import { useTexts } from '../texts';
import { readRecord } from '../walk/storage';
import { restoreWalk, type FlowCatalog, type Lang, type Runnable } from '../../engine/index';
import { pick } from '../../i18n/index';
import { ensureTrainerStrings } from '../../i18n/trainer/index';
import type { FlowSource } from '../walk/source';
import { Changes } from './Changes';
import { useRunnable, walkPath } from './data';
import { LazyDiagram, TrainerFrame, WithFlow } from './frame';
import { Hub } from './Hub';
import { PracticeList, PracticePage } from './Practice';
import { PresenterPage } from './Presenter';
import { parseTrainerRoute, trainerHref } from './routes';
import { useFocusHeadingOnNewPage } from '../StepHeading';
import './trainer.css';

export interface TrainerProps {
  /** The path segments after `#/trening`; the query (?fra=…&til=…) is read from the hash. */
  rest: string[];
  catalog: FlowCatalog;
  source: FlowSource;
  lang: Lang;
}

/** Trainers and case discussions (issue 5): hub, flow chart, practice, presenter, what changed. Lazily loaded. */
export default function Trainer({ rest, catalog, source, lang }: TrainerProps) {
  const { t, i18n } = useTexts();
  // This chunk's strings: merged into i18next before the first t() below.
  ensureTrainerStrings(i18n);
  const query = window.location.hash.split('?')[1];
  const route = parseTrainerRoute(`/${rest.map(encodeURIComponent).join('/')}${query ? `?${query}` : ''}`);
  const key = `${route.page}:${'flow' in route ? route.flow : ''}:${'scenario' in route ? route.scenario : ''}`;
  // A new trainer page: focus moves to its heading. Not on first load, where the app decides; but
  // coming from another page of the app the clicked link is gone, and focus goes to the heading.
  useFocusHeadingOnNewPage(key, () => !document.activeElement || document.activeElement === document.body);

  switch (route.page) {
    case 'hub':
      return <Hub catalog={catalog} source={source} lang={lang} />;
    case 'diagram':
      return <DiagramPage key={route.flow} id={route.flow} catalog={catalog} source={source} lang={lang} />;
    case 'practice-list':
      return <PracticeList key={route.flow} id={route.flow} catalog={catalog} source={source} lang={lang} />;
    case 'practice':
      return <PracticePage key={`${route.flow}/${route.scenario}`} id={route.flow} scenarioId={route.scenario} catalog={catalog} source={source} lang={lang} />;
    case 'presenter':
      return <PresenterPage key={route.flow} id={route.flow} catalog={catalog} source={source} lang={lang} />;
    case 'changes':
      return <Changes key={`${route.flow}?${route.from}&${route.to}`} id={route.flow} from={route.from} to={route.to} catalog={catalog} source={source} lang={lang} />;
    case 'unknown':
      return (
        <TrainerFrame title={t('trainer.load.page')}>
          <p>
            <a href={trainerHref.hub()}>{t('trainer.hub.title')}</a>
          </p>
        </TrainerFrame>
      );
  }
}

/** The walk kept in this tab (sessionStorage), when it is on this flow: its path is highlighted. */
function savedPath(r: Runnable): string[] {
  const record = readRecord();
  if (!record || record.flow !== r.flow.id) return [];
  const res = restoreWalk(r, record);
  return res.ok ? walkPath(res.snapshot) : [];
}

function DiagramPage({ id, catalog, source, lang }: { id: string; catalog: FlowCatalog; source: FlowSource; lang: Lang }) {
  const { t } = useTexts();
  // Draw the version the saved walk was on, so its path fits the chart.
  const record = readRecord();
  const state = useRunnable(source, catalog, id, record?.flow === id ? record.version : undefined);
  const entry = catalog.flows.find((f) => f.id === id);
  const title = t('trainer.diagram.title', { flow: entry ? pick(entry.title, lang) : id });
  return (
    <TrainerFrame title={title} wide className="trainer-diagram">
      <WithFlow state={state}>
        {(r) => {
          const path = savedPath(r);
          return (
            <>
              <p className="no-print">
                {t('trainer.diagram.intro')} {path.length > 0 ? t('trainer.diagram.path') : t('trainer.diagram.noPath')}
              </p>
              <p className="version-line">{`${r.flow.id} ${r.flow.version}`}</p>
              <LazyDiagram flow={r.flow} lang={lang} path={path} title={title} />
            </>
          );
        }}
      </WithFlow>
    </TrainerFrame>
  );
}
