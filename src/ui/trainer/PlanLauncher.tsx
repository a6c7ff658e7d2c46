import { lazy, Suspense, useRef, useState } from 'react';
import { useTexts } from '../texts';
import type { Lang, WalkView } from '../../engine/index';

/** Loaded only when asked for, so the outcome screen stays light. */
const Plan = lazy(() => import('./Plan'));

/**
 * The outcome screen's "Lag plan for hvem gjør hva når" button and, once pressed, the plan in its
 * place (focus moves to the plan's heading). No aria-expanded: the button is gone while the plan is open.
 */
export function PlanLauncher({ view, lang }: { view: WalkView; lang: Lang }) {
  const { t } = useTexts();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const actions = view.outcome?.actions;
  if (!actions) return null;
  return (
    <div className="plan-launcher">
      {!open ? (
        <p className="no-print">
          <button ref={button} type="button" className="secondary" onClick={() => setOpen(true)}>
            {t('plan.open.button')}
          </button>
        </p>
      ) : (
        <Suspense fallback={<p role="status">{t('app.loading.text')}</p>}>
          <Plan
            actions={actions}
            lang={lang}
            onClose={() => {
              setOpen(false);
              setTimeout(() => button.current?.focus(), 0);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
