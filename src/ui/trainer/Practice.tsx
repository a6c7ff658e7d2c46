import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { useTexts } from '../texts';
import { actionTitle, labelsFor, viewWalk, type FlowCatalog, type Lang, type Runnable, type WalkView } from '../../engine/index';
import { pick } from '../../i18n/index';
import { ActionList } from '../ActionCard';
import { OutcomeHeadline } from '../OutcomeView';
import { PhaseIndicator } from '../PhaseIndicator';
import { StepView, WalkNav } from '../StepView';
import { RichText } from '../text';
import type { FlowSource } from '../walk/source';
import { useWalk } from '../walk/useWalk';
import { expectedWalk, judge, useRunnable, useScenarioLibrary } from './data';
import type { ShippedScenario } from './library';
import { trainerHref } from './routes';
import { TrainerFrame, WithFlow } from './frame';
import { focusStepHeading } from '../StepHeading';

interface PageProps {
  id: string;
  catalog: FlowCatalog;
  source: FlowSource;
  lang: Lang;
}

/** `#/trening/ov/<flow>`: the vignettes to choose from. */
export function PracticeList({ id, catalog, source, lang }: PageProps) {
  const { t } = useTexts();
  const library = useScenarioLibrary(source, id);
  const entry = catalog.flows.find((f) => f.id === id);
  return (
    <TrainerFrame title={t('trainer.practice.title', { flow: entry ? pick(entry.title, lang) : id })}>
      <PracticeBanner />
      <p>{t('trainer.practice.intro')}</p>
      {library.status === 'loading' && <p role="status">{t('app.loading.text')}</p>}
      {library.status === 'error' && <p className="error">{t('trainer.load.error', { message: library.message })}</p>}
      {library.status === 'ready' &&
        (library.value.scenarios.length === 0 ? (
          <p>{t('trainer.hub.none')}</p>
        ) : (
          <ul className="vignette-cards">
            {library.value.scenarios.map((s) => (
              <li key={s.id}>
                <a className="choice" href={trainerHref.practice(id, s.id)}>
                  <span className="choice-title">{pick(s.title, lang)}</span>
                  <span className="choice-text">{pick(s.vignette, lang)}</span>
                </a>
              </li>
            ))}
          </ul>
        ))}
    </TrainerFrame>
  );
}

/** On every practice screen: this is practice, and nothing is stored. */
export function PracticeBanner() {
  const { t } = useTexts();
  return (
    <p className="practice-banner" data-testid="practice-banner">
      <strong>{t('trainer.practice.banner')}</strong> <span>{t('trainer.practice.bannerText')}</span>
    </p>
  );
}

/** `#/trening/ov/<flow>/<scenario>`: walk a vignette with the normal steps, with hints and feedback. */
export function PracticePage({ id, scenarioId, catalog, source, lang }: PageProps & { scenarioId: string }) {
  const { t } = useTexts();
  const library = useScenarioLibrary(source, id);
  const scenario = library.status === 'ready' ? library.value.scenarios.find((s) => s.id === scenarioId) : undefined;
  const state = useRunnable(source, catalog, id, scenario?.version);
  if (library.status === 'loading') return <p role="status">{t('app.loading.text')}</p>;
  if (library.status === 'error') return <p className="error">{t('trainer.load.error', { message: library.message })}</p>;
  if (!scenario)
    return (
      <TrainerFrame title={t('trainer.practice.missing')}>
        <PracticeBanner />
        <p>
          <a href={trainerHref.practiceList(id)}>{t('trainer.practice.another')}</a>
        </p>
      </TrainerFrame>
    );
  return (
    <WithFlow state={state}>
      {(r) => (r.flow.version === (scenario.version ?? r.flow.version) ? <PracticeWalk r={r} scenario={scenario} lang={lang} /> : <p role="status">{t('app.loading.text')}</p>)}
    </WithFlow>
  );
}

function Vignette({ scenario, lang, summaryRef }: { scenario: ShippedScenario; lang: Lang; summaryRef: RefObject<HTMLElement | null> }) {
  const { t } = useTexts();
  return (
    <details className="vignette" open>
      <summary ref={summaryRef}>{t('trainer.practice.case', { title: pick(scenario.title, lang) })}</summary>
      <RichText text={pick(scenario.vignette, lang)} />
      {scenario.role && <p className="hint">{t(scenario.role === 'privat' ? 'trainer.practice.rolePrivate' : 'trainer.practice.role', { role: t(`userRole.name.${scenario.role}`) })}</p>}
    </details>
  );
}

export function PracticeWalk({ r, scenario, lang }: { r: Runnable; scenario: ShippedScenario; lang: Lang }) {
  const { t } = useTexts();
  // Nothing stored, and the browser's history is left alone: this is practice.
  const { snapshot, answer, next, back, restart } = useWalk(r, { persist: false, history: false });
  const view = useMemo(() => viewWalk(r, snapshot, { role: scenario.role }), [r, snapshot, scenario.role]);

  // On arrival, focus goes to the case, which comes before the first question: a screen reader user
  // sent to the question would not hear the case unless they read backwards. After that, each step's heading.
  // (Decided by the step, not by a first run of the effect: React runs effects twice in development.)
  const caseRef = useRef<HTMLElement>(null);
  const stepKey = `${view.nodeId}:${view.depth}`;
  const firstStep = useRef(stepKey);
  const moved = useRef(false);
  useEffect(() => {
    if (stepKey !== firstStep.current) moved.current = true;
    if (moved.current) focusStepHeading();
    else caseRef.current?.focus();
  }, [stepKey]);

  return (
    <div className="practice">
      <PracticeBanner />
      <Vignette scenario={scenario} lang={lang} summaryRef={caseRef} />
      {view.outcome ? (
        <PracticeOutcome r={r} view={view} scenario={scenario} lang={lang} onBack={back} onRestart={restart} />
      ) : (
        <>
          <StepView view={view} lang={lang} onAnswer={answer} onContinue={next} onBack={back} onRestart={restart} />
          {view.node.kind === 'question' && <Hint key={`${view.nodeId}:${view.depth}`} view={view} scenario={scenario} lang={lang} />}
        </>
      )}
      <p className="no-print">
        <a href={trainerHref.practiceList(r.flow.id)}>{t('trainer.practice.another')}</a>
      </p>
    </div>
  );
}

/** "Show the answer the vignette expects here." */
function Hint({ view, scenario, lang }: { view: WalkView; scenario: ShippedScenario; lang: Lang }) {
  const { t } = useTexts();
  const [open, setOpen] = useState(false);
  const hintId = useId();
  if (view.node.kind !== 'question') return null;
  const expected = scenario.answers[view.nodeId];
  const labels = expected === undefined ? undefined : labelsFor(view.node, expected).map((l) => pick(l, lang));
  const words = labels === undefined ? undefined : labels.length === 0 ? t('trainer.practice.noneChecked') : labels.join(', ');
  return (
    <div className="practice-hint">
      <button type="button" className="secondary" aria-expanded={open} aria-controls={hintId} onClick={() => setOpen((o) => !o)}>
        {open ? t('trainer.practice.hintHide') : t('trainer.practice.hint')}
      </button>
      <div id={hintId} role="status">
        {open && <p className="hint-answer">{words === undefined ? t('trainer.practice.offPath') : t('trainer.practice.expected', { answer: words })}</p>}
      </div>
    </div>
  );
}

function PracticeOutcome({ r, view, scenario, lang, onBack, onRestart }: { r: Runnable; view: WalkView; scenario: ShippedScenario; lang: Lang; onBack: () => void; onRestart: () => void }) {
  const { t } = useTexts();
  const verdict = judge(view, scenario);
  const expected = useMemo(() => expectedWalk(r, scenario), [r, scenario]);
  const outcome = view.outcome;
  if (!outcome || !verdict) return null;
  const dispositionName = (d: string): string => pick(r.flow.vocabulary.dispositions[d as keyof typeof r.flow.vocabulary.dispositions]?.title, lang) || d;
  // A recommendation by what the page shows: its heading (the disposition's, or a consultation
  // outcome's own) and the outcome's title, so two outcomes of one level are told apart.
  const recommendation = (v: WalkView): string => (v.outcome ? `${pick(v.outcome.headline, lang)} – ${pick(v.outcome.node.title, lang)}` : '');
  const expectedName = expected.view.outcome && expected.view.outcome.disposition === scenario.expect.disposition ? recommendation(expected.view) : dispositionName(scenario.expect.disposition);
  // Actions by the names the trainee's role sees on the cards (a neighbour's «inform your leader» is «talk to someone you trust»).
  const actionName = (a: string): string => pick(actionTitle(r.flow.vocabulary, a, scenario.role), lang) || a;
  const reasons = (v: WalkView | undefined): string[] => (v?.outcome?.explanation.rules ?? []).flatMap((x) => (x.reason ? [pick(x.reason, lang)] : []));
  const mine = reasons(view);
  const theirs = reasons(expected.view.outcome ? expected.view : undefined);
  return (
    <div className={`practice-outcome outcome disposition-${outcome.disposition}`}>
      <PhaseIndicator current={view.phase} />
      <OutcomeHeadline outcome={outcome} lang={lang} lead={false} />
      <section className={`feedback ${verdict.right ? 'feedback-right' : 'feedback-wrong'}`} aria-labelledby="feedback-heading" data-testid="practice-feedback">
        <h2 id="feedback-heading">{t('trainer.practice.feedback')}</h2>
        <p className="verdict">
          <span aria-hidden="true">{verdict.right ? '✔ ' : '✖ '}</span>
          <strong>{verdict.right ? t('trainer.practice.right') : t('trainer.practice.wrong')}</strong>
        </p>
        <dl className="compare">
          <div>
            <dt>{t('trainer.practice.yours')}</dt>
            <dd data-testid="your-disposition">
              {recommendation(view)} ({verdict.dispositionOk && verdict.outcomeOk ? t('trainer.practice.ok') : t('trainer.practice.notOk')})
            </dd>
          </div>
          <div>
            <dt>{t('trainer.practice.expectedDisposition')}</dt>
            <dd data-testid="expected-disposition">{expectedName}</dd>
          </div>
        </dl>
        {(verdict.include.length > 0 || verdict.exclude.length > 0) && (
          <>
            <h3>{t('trainer.practice.actions')}</h3>
            <ul className="action-check">
              {verdict.include.map((a) => (
                <li key={`in-${a.id}`} className={a.present ? 'ok' : 'not-ok'} data-action={a.id}>
                  <span aria-hidden="true">{a.present ? '✔ ' : '✖ '}</span>
                  {t('trainer.practice.mustHave')}: {actionName(a.id)} – {a.present ? t('trainer.practice.present') : t('trainer.practice.absent')}
                </li>
              ))}
              {verdict.exclude.map((a) => (
                <li key={`out-${a.id}`} className={a.present ? 'not-ok' : 'ok'} data-action={a.id}>
                  <span aria-hidden="true">{a.present ? '✖ ' : '✔ '}</span>
                  {t('trainer.practice.mustNot')}: {actionName(a.id)} – {a.present ? t('trainer.practice.present') : t('trainer.practice.absent')}
                </li>
              ))}
            </ul>
          </>
        )}
        <div className="why-compare">
          <div>
            <h3>{t('trainer.practice.whyYours')}</h3>
            {mine.length === 0 ? <p>{t('trainer.practice.noRules')}</p> : <ul>{mine.map((x, i) => <li key={i}>{x}</li>)}</ul>}
          </div>
          <div>
            <h3>{t('trainer.practice.whyExpected')}</h3>
            {theirs.length === 0 ? <p>{t('trainer.practice.noRules')}</p> : <ul>{theirs.map((x, i) => <li key={i}>{x}</li>)}</ul>}
          </div>
        </div>
      </section>
      <section className="actions" aria-labelledby="practice-actions-heading">
        <h2 id="practice-actions-heading">{t('trainer.practice.outcomeActions')}</h2>
        <ActionList actions={outcome.actions} lang={lang} />
      </section>
      <WalkNav canGoBack={view.canGoBack} onBack={onBack} onRestart={onRestart} />
    </div>
  );
}
