import { useCallback, useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { useTexts } from '../texts';
import { YESNO_VALUES, answerValues, type FlowCatalog, type Lang, type Runnable, type WalkView } from '../../engine/index';
import { pick } from '../../i18n/index';
import { ActionList } from '../ActionCard';
import { OutcomeHeadline } from '../OutcomeView';
import { PhaseIndicator } from '../PhaseIndicator';
import { StepView, WalkNav } from '../StepView';
import type { FlowSource } from '../walk/source';
import { useWalk } from '../walk/useWalk';
import { WhySection } from '../WhySection';
import { useRunnable, walkPath } from './data';
import { LazyDiagram, WithFlow } from './frame';
import { trainerHref } from './routes';
import { focusStepHeading } from '../StepHeading';

interface PageProps {
  id: string;
  catalog: FlowCatalog;
  source: FlowSource;
  lang: Lang;
}

/** `#/trening/presenter/<flow>`: big type, high contrast, keyboard shortcuts, the chart beside the step. */
export function PresenterPage({ id, catalog, source, lang }: PageProps) {
  const state = useRunnable(source, catalog, id);
  return <WithFlow state={state}>{(r) => <Presenter r={r} lang={lang} />}</WithFlow>;
}

/**
 * Before a panel is hidden: if focus is inside it, give focus to the button that shows it again.
 * Otherwise focus falls to the page's body, and the next Tab starts from the top (WCAG 2.4.3).
 */
function keepFocusOnHide(panel: RefObject<HTMLElement | null>, button: RefObject<HTMLElement | null>): void {
  if (panel.current?.contains(document.activeElement)) button.current?.focus();
}

/** Keys typed into a form control belong to it. */
export function isFormControl(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  return el.isContentEditable || el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
}

export function Presenter({ r, lang }: { r: Runnable; lang: Lang }) {
  const { t } = useTexts();
  const { view, snapshot, answer, next, back, restart } = useWalk(r, { persist: false, history: false });
  const [showDiagram, setShowDiagram] = useState(true);
  const [showKeys, setShowKeys] = useState(false);
  // WCAG 2.1.4: shortcuts of one character (R, D, ?, 1–9) can be turned off, for speech input and
  // anyone who types a key by mistake. The arrows and Escape are not character keys and stay.
  const [letterKeys, setLetterKeys] = useState(true);
  const keysId = useId();
  const keysPanel = useRef<HTMLElement>(null);
  const keysButton = useRef<HTMLButtonElement>(null);
  const diagramPanel = useRef<HTMLDivElement>(null);
  const diagramButton = useRef<HTMLButtonElement>(null);
  const toggleDiagram = useCallback(() => {
    if (showDiagram) keepFocusOnHide(diagramPanel, diagramButton);
    setShowDiagram(!showDiagram);
  }, [showDiagram]);
  const toggleKeys = useCallback(() => {
    if (showKeys) keepFocusOnHide(keysPanel, keysButton);
    setShowKeys(!showKeys);
  }, [showKeys]);
  const path = useMemo(() => walkPath(snapshot), [snapshot]);
  const flowTitle = pick(r.flow.definition.title, lang);

  useEffect(() => {
    focusStepHeading();
  }, [view.nodeId, view.depth]);

  const onKey = useCallback(
    (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey || isFormControl(e.target)) return;
      const node = view.node;
      const key = e.key;
      if (!letterKeys && key.length === 1) return;
      let handled = true;
      if (key === 'ArrowRight') {
        if (node.kind === 'guidance') next();
        // A question: press its own submit button, so the step's own rules apply (an answer is required).
        else if (node.kind === 'question') document.querySelector<HTMLButtonElement>('.presenter-step form button[type="submit"]')?.click();
        else handled = false;
      } else if (key === 'ArrowLeft') {
        if (view.canGoBack) back();
      } else if (/^[1-9]$/.test(key) && node.kind === 'question') {
        const n = Number(key) - 1;
        if (node.answer === 'checklist') {
          document.querySelectorAll<HTMLInputElement>('.presenter-step input[type="checkbox"]')[n]?.click();
        } else {
          const values = node.answer === 'yesno' ? [...YESNO_VALUES] : answerValues(node);
          const v = values[n];
          if (v !== undefined) answer(v);
        }
      } else if (key === 'r' || key === 'R') {
        restart();
      } else if (key === 'd' || key === 'D') {
        toggleDiagram();
      } else if (key === '?' || (key === 'Escape' && showKeys)) {
        toggleKeys();
      } else handled = false;
      if (handled) e.preventDefault();
    },
    [view, next, back, answer, restart, showKeys, letterKeys, toggleDiagram, toggleKeys],
  );

  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onKey]);

  return (
    <div className={`presenter trainer-wide ${showDiagram ? 'with-diagram' : ''}`}>
      <div className="presenter-bar no-print">
        <a href={trainerHref.hub()}><span aria-hidden="true">{'←\u00a0'}</span>{t('trainer.hub.back')}</a>
        <span className="presenter-title">{t('trainer.presenter.title', { flow: flowTitle })}</span>
        {/* The label says what the button does; not also aria-pressed, which read «Skjul flytskjema, pressed». */}
        <button ref={diagramButton} type="button" className="secondary" onClick={toggleDiagram}>
          {showDiagram ? t('trainer.presenter.hide') : t('trainer.presenter.toggle')} (D)
        </button>
        <button ref={keysButton} type="button" className="secondary" aria-expanded={showKeys} aria-controls={keysId} onClick={toggleKeys}>
          {t('trainer.presenter.show')}
        </button>
      </div>
      <section ref={keysPanel} id={keysId} className="presenter-keys" hidden={!showKeys} aria-label={t('trainer.presenter.shortcuts')}>
        <h2>{t('trainer.presenter.shortcuts')}</h2>
        <dl>
          <div><dt><kbd>→</kbd></dt><dd>{t('trainer.presenter.next')}</dd></div>
          <div><dt><kbd>←</kbd></dt><dd>{t('trainer.presenter.back')}</dd></div>
          <div><dt><kbd>1</kbd> <kbd>2</kbd> <kbd>3</kbd></dt><dd>{t('trainer.presenter.answers')}</dd></div>
          <div><dt><kbd>R</kbd></dt><dd>{t('trainer.presenter.restart')}</dd></div>
          <div><dt><kbd>D</kbd></dt><dd>{t('trainer.presenter.diagram')}</dd></div>
          <div><dt><kbd>?</kbd></dt><dd>{t('trainer.presenter.help')}</dd></div>
        </dl>
        <p>{t('trainer.presenter.note')}</p>
        <p>
          <button type="button" className="secondary" aria-pressed={letterKeys} onClick={() => setLetterKeys((on) => !on)}>
            {t('trainer.presenter.letterKeys')}
          </button>
        </p>
        <button type="button" className="secondary" onClick={toggleKeys}>
          {t('trainer.presenter.close')}
        </button>
      </section>
      <div className="presenter-body">
        <div className="presenter-step">
          {view.outcome ? (
            <PresenterOutcome view={view} lang={lang} onBack={back} onRestart={restart} />
          ) : (
            <StepView view={view} lang={lang} onAnswer={answer} onContinue={next} onBack={back} onRestart={restart} />
          )}
        </div>
        {showDiagram && (
          <div ref={diagramPanel} className="presenter-diagram">
            <LazyDiagram flow={r.flow} lang={lang} path={path} title={t('trainer.diagram.title', { flow: flowTitle })} compact />
          </div>
        )}
      </div>
    </div>
  );
}

function PresenterOutcome({ view, lang, onBack, onRestart }: { view: WalkView; lang: Lang; onBack: () => void; onRestart: () => void }) {
  const { t } = useTexts();
  const outcome = view.outcome;
  if (!outcome) return null;
  return (
    <div className={`outcome disposition-${outcome.disposition}`}>
      <PhaseIndicator current={view.phase} />
      <OutcomeHeadline outcome={outcome} lang={lang} />
      <section className="actions" aria-labelledby="presenter-actions-heading">
        <h2 id="presenter-actions-heading">{t('outcome.actions.heading')}</h2>
        <ActionList actions={outcome.actions} lang={lang} />
      </section>
      <WhySection explanation={outcome.explanation} lang={lang} />
      <WalkNav canGoBack={view.canGoBack} onBack={onBack} onRestart={onRestart} />
    </div>
  );
}
