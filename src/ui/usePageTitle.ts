import { useEffect } from 'react';
import type { FlowCatalog, Lang } from '../engine/index';
import { pick } from '../i18n/index';
import { whenHeadingShown } from './StepHeading';
import { useTexts } from './texts';
import type { Route } from './walk/useRoute';

/**
 * The browser tab's title names the page (WCAG 2.4.2), in the reader's language: the start page says
 * what the app is for; a walk, its guide's title (in practice and the presenter, with the mode); any
 * other page, its heading once that is shown (pages loaded on demand have none at first). Only names
 * of pages and guides, never the step or an answer: a title is kept in the browser's history.
 */
export function usePageTitle(route: Route, lang: Lang, catalog: FlowCatalog | undefined): void {
  const { t } = useTexts();
  const page = route.name === 'flow' ? `flow/${route.id}` : route.name === 'trainer' ? `trainer/${route.rest.join('/')}` : route.name === 'about' ? `about/${route.page ?? ''}` : route.name;
  useEffect(() => {
    const app = t('app.title.text');
    const named = (name: string | undefined) => (name ? `${name} – ${app}` : app);
    const flowTitle = (id: string | undefined) => {
      const entry = catalog?.flows.find((f) => f.id === id);
      return entry ? pick(entry.title, lang) : undefined;
    };
    if (route.name === 'start') {
      document.title = t('app.document.title');
      return;
    }
    if (route.name === 'flow') {
      document.title = named(flowTitle(route.id));
      return;
    }
    return whenHeadingShown((heading) => {
      // Practice and the presenter show a walk, whose heading is a question: name the mode and the guide.
      // (The trainer's texts are loaded by now: its page is shown.)
      const [mode, flowId] = route.name === 'trainer' ? route.rest : [];
      const flow = flowTitle(flowId);
      if (flow && mode === 'ov') document.title = named(t('trainer.practice.title', { flow }));
      else if (flow && mode === 'presenter') document.title = named(t('trainer.presenter.title', { flow }));
      else document.title = named(heading.textContent?.trim() || undefined);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `page` stands for the route
  }, [page, lang, catalog, t]);
}
