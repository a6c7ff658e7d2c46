import { lazy, Suspense, type ReactNode } from 'react';
import { useTexts } from '../texts';
import type { Runnable } from '../../engine/index';
import type { Loaded } from './data';
import type { DiagramViewProps } from './DiagramView';
import { trainerHref } from './routes';
import { StepHeading } from '../StepHeading';

/** The chart pulls in dagre: only the pages that draw it load it. */
const DiagramView = lazy(() => import('./DiagramView'));

/** Heading, the way back to the hub, and the page. */
export function TrainerFrame({ title, children, wide = false, className }: { title: string; children: ReactNode; wide?: boolean; className?: string }) {
  const { t } = useTexts();
  return (
    <div className={['trainer', wide ? 'trainer-wide' : '', className ?? ''].filter(Boolean).join(' ')}>
      <p className="trainer-back no-print">
        <a href={trainerHref.hub()}><span aria-hidden="true">{'←\u00a0'}</span>{t('trainer.hub.back')}</a>
      </p>
      <StepHeading>{title}</StepHeading>
      {children}
    </div>
  );
}

/** Loading, missing and error states of a flow, or the page. */
export function WithFlow({ state, children }: { state: Loaded<Runnable>; children: (r: Runnable) => ReactNode }) {
  const { t } = useTexts();
  if (state.status === 'loading') return <p role="status">{t('app.loading.text')}</p>;
  if (state.status === 'missing') return <p>{t('trainer.load.missing')}</p>;
  if (state.status === 'error') return <p className="error">{t('trainer.load.error', { message: state.message })}</p>;
  return <>{children(state.value)}</>;
}

export function LazyDiagram(props: DiagramViewProps) {
  const { t } = useTexts();
  return (
    <Suspense fallback={<p role="status">{t('app.loading.text')}</p>}>
      <DiagramView {...props} />
    </Suspense>
  );
}

