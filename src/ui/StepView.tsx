import { memo, useEffect, useId, useState, type FormEvent, type MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import { afterPaint } from './afterPaint';
import { useTexts } from './texts';
import { YESNO_VALUES, type FactValue, type GuidanceNode, type Lang, type Localized, type QuestionNode, type WalkView } from '../engine/index';
import { pick } from '../i18n/index';
import { OptionRow } from './OptionRow';
import { StepHeading, STEP_HEADING_ID } from './StepHeading';
import { PhaseIndicator } from './PhaseIndicator';
import { RichText } from './text';

export interface StepViewProps {
  view: WalkView;
  lang: Lang;
  onAnswer: (value: FactValue) => void;
  onContinue: () => void;
  onBack: () => void;
  onRestart: () => void;
}

/** One guidance or question card. Plain props, so it renders the same in the runner, tests and a trainer mode. */
export function StepView({ view, lang, onAnswer, onContinue, onBack, onRestart }: StepViewProps) {
  const node = view.node;
  return (
    <div className="step">
      <PhaseIndicator current={view.phase} />
      {node.kind === 'guidance' && <Guidance node={node} lang={lang} onContinue={onContinue} />}
      {node.kind === 'question' &&
        (node.answer === 'yesno' ? (
          <YesNoQuestion key={`${view.nodeId}:${view.depth}`} node={node} lang={lang} previous={view.previousAnswer} onAnswer={onAnswer} />
        ) : (
          <Question step={`${view.nodeId}:${view.depth}`} node={node} lang={lang} previous={view.previousAnswer} onAnswer={onAnswer} />
        ))}
      <WalkNav canGoBack={view.canGoBack} onBack={onBack} onRestart={onRestart} />
    </div>
  );
}

/** Back and start again. Memoised: its props rarely change between steps. */
export const WalkNav = memo(function WalkNav({ canGoBack, onBack, onRestart }: { canGoBack: boolean; onBack: () => void; onRestart: () => void }) {
  const { t } = useTexts();
  return (
    <div className="walk-nav no-print" role="group" aria-label={t('walk.nav.label')}>
      {canGoBack && (
        <button type="button" className="secondary" onClick={onBack}>
          <span aria-hidden="true">{'←\u00a0'}</span>
          {t('walk.back.button')}
        </button>
      )}
      <button type="button" className="secondary" onClick={onRestart}>
        {t('walk.restart.button')}
      </button>
    </div>
  );
});

function Folded({ tips, examples, lang }: { tips: Localized[] | undefined; examples: Localized[] | undefined; lang: Lang }) {
  const { t } = useTexts();
  return (
    <>
      {tips && tips.length > 0 && (
        <details className="fold">
          <summary>{t('walk.tips.summary')}</summary>
          <ul>
            {tips.map((x, i) => (
              <li key={i}>{pick(x, lang)}</li>
            ))}
          </ul>
        </details>
      )}
      {examples && examples.length > 0 && (
        <details className="fold">
          <summary>{t('walk.examples.summary')}</summary>
          <ul className="examples">
            {examples.map((x, i) => (
              <li key={i}>{pick(x, lang)}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function Guidance({ node, lang, onContinue }: { node: GuidanceNode; lang: Lang; onContinue: () => void }) {
  const { t } = useTexts();
  return (
    <section className="card" aria-labelledby={STEP_HEADING_ID}>
      <StepHeading>{pick(node.title, lang)}</StepHeading>
      <RichText text={pick(node.text, lang)} />
      <Folded tips={node.tips} examples={node.examples} lang={lang} />
      <div className="actions-row">
        <button type="button" className="primary" onClick={onContinue}>
          {t('walk.continue.button')}
        </button>
      </div>
    </section>
  );
}

/** A question's prompt as its fieldset's legend (the step heading), then its help text. */
function Prompt({ node, lang, helpId }: { node: QuestionNode; lang: Lang; helpId: string }) {
  return (
    <>
      <legend>
        <StepHeading>{pick(node.prompt, lang)}</StepHeading>
      </legend>
      {node.help && (
        <div id={helpId} className="help">
          <RichText text={pick(node.help, lang)} />
        </div>
      )}
    </>
  );
}

/**
 * Yes / no / unsure: three large buttons that answer at once, so the acute answer is one tap.
 * After Back, the answer given before is marked with ✓ and a line under the buttons says what the mark
 * means (not by colour alone); a screen reader hears "Previous answer" as the button's description.
 */
function YesNoQuestion({ node, lang, previous, onAnswer }: { node: QuestionNode; lang: Lang; previous: FactValue | undefined; onAnswer: (value: FactValue) => void }) {
  const { t } = useTexts();
  const uid = useId();
  const helpId = `${uid}-help`;
  return (
    <div className="card">
      <fieldset aria-describedby={node.help ? helpId : undefined}>
        <Prompt node={node} lang={lang} helpId={helpId} />
        <Folded tips={node.tips} examples={node.examples} lang={lang} />
        <ul className="yesno-buttons">
          {YESNO_VALUES.map((v) => {
            const was = previous === v;
            return (
              <li key={v}>
                <button
                  type="button"
                  className={`answer-button answer-${v}${was ? ' previous' : ''}`}
                  value={v}
                  aria-describedby={was ? `${uid}-previous` : undefined}
                  onClick={() => onAnswer(v)}
                >
                  {was && (
                    <span className="previous-mark" aria-hidden="true">
                      ✓
                    </span>
                  )}
                  {t(`walk.yesno.${v as 'yes' | 'no' | 'unsure'}`)}
                  {was && (
                    <span id={`${uid}-previous`} className="visually-hidden" aria-hidden="true">
                      {t('walk.previous.badge')}
                    </span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
        {/* Below the buttons, so they stay on a small phone's first screen after Back. */}
        {previous !== undefined && <p className="hint previous-hint">{t('walk.previous.marked')}</p>}
      </fieldset>
    </div>
  );
}

/**
 * How many answer rows a new question shows in the frame the tap paints: about a phone screen's worth.
 * The rest follow right after that frame, before focus moves to the new heading (the walk does that
 * after the paint too, later), so a screen reader or the Tab key meets the whole list. Building,
 * styling and laying out a long checklist (18 rows) in one go made the tap take ≈ 10–20 ms longer on
 * a slow phone, for rows below the fold. The answers are state, not DOM: a box ticked, or an answer
 * restored after Back, in a row not shown yet is never lost. The list is aria-busy until complete.
 */
export const ROWS_IN_FIRST_FRAME = 4;

/** What a choice or checklist question holds while it is on screen, for one step of the walk. */
interface Answering {
  step: string;
  single: string | undefined;
  checked: string[];
  error: boolean;
  allRows: boolean;
}

/** A step's question as it first appears: after Back, the answer given here before is selected again. */
function startAnswering(step: string, node: QuestionNode, previous: FactValue | undefined): Answering {
  const isChecklist = node.answer === 'checklist';
  return {
    step,
    single: !isChecklist && typeof previous === 'string' ? previous : undefined,
    checked: isChecklist && Array.isArray(previous) ? previous : [],
    error: false,
    allRows: (node.options?.length ?? 0) <= ROWS_IN_FIRST_FRAME,
  };
}

/**
 * A choice or checklist. One question after another keeps the same form, fieldset and answer rows
 * and changes their texts (the answer state starts afresh for each step, see `step`): building the
 * form again for every question cost a slow phone several ms of the tap.
 */
function Question({ step, node, lang, previous, onAnswer }: { step: string; node: QuestionNode; lang: Lang; previous: FactValue | undefined; onAnswer: (value: FactValue) => void }) {
  const { t } = useTexts();
  const uid = useId();
  const isChecklist = node.answer === 'checklist';
  const [held, setHeld] = useState(() => startAnswering(step, node, previous));
  // A new step: start afresh now, before anything of the old answer state is shown.
  const answering = held.step === step ? held : startAnswering(step, node, previous);
  if (answering !== held) setHeld(answering);
  const { single, checked, error, allRows } = answering;
  const update = (change: (a: Answering) => Partial<Answering>) => setHeld((a) => (a.step === step ? { ...a, ...change(a) } : a));
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `update` is new each render; `step` says what it writes to
  useEffect(() => (allRows ? undefined : afterPaint(() => flushSync(() => update(() => ({ allRows: true }))))), [allRows, step]);
  const options: { value: string; label: string; help: string | undefined }[] = (node.options ?? []).map((o) => ({
    value: o.value,
    label: pick(o.label, lang),
    help: o.help ? pick(o.help, lang) : undefined,
  }));
  const rows = allRows ? options : options.slice(0, ROWS_IN_FIRST_FRAME);
  const helpId = `${uid}-help`;
  const errorId = `${uid}-error`;
  const hintId = `${uid}-hint`;
  const previousId = `${uid}-previous`;

  // The button answers in its own click (cancelled, so no form submission follows: the browser's
  // submission steps cost a few ms inside the tap on a slow phone); Enter in the form still submits.
  const submit = (e: FormEvent | MouseEvent) => {
    e.preventDefault();
    if (isChecklist) {
      // Checklists never block: keep the options' written order.
      onAnswer(options.map((o) => o.value).filter((v) => checked.includes(v)));
      return;
    }
    if (single === undefined) {
      update(() => ({ error: true }));
      document.getElementById(`${uid}-opt-0`)?.focus();
      return;
    }
    onAnswer(single);
  };

  const hasPrevious = previous !== undefined;
  const describedBy = [node.help ? helpId : '', isChecklist ? hintId : '', hasPrevious ? previousId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;

  return (
    <form className="card" onSubmit={submit} noValidate>
      <fieldset aria-describedby={describedBy}>
        <Prompt node={node} lang={lang} helpId={helpId} />
        {isChecklist && (
          <p id={hintId} className="hint">
            {t('walk.checklist.hint')}
          </p>
        )}
        {hasPrevious && (
          <p id={previousId} className="hint previous-hint">
            {t('walk.previous.hint')}
          </p>
        )}
        <Folded tips={node.tips} examples={node.examples} lang={lang} />
        {error && (
          <p id={errorId} className="error" role="alert">
            {t('walk.choose.error')}
          </p>
        )}
        <ul className={`options ${isChecklist ? 'checklist' : 'radios'}`} aria-busy={rows.length < options.length || undefined}>
          {rows.map((o, i) => {
            const id = `${uid}-opt-${i}`;
            const helpId = o.help ? `${id}-help` : undefined;
            const labelId = o.help ? `${id}-label` : undefined;
            return (
              // By place, not by value: the next question of the same kind reuses the rows and changes their texts.
              <OptionRow
                key={`${isChecklist ? 'checkbox' : 'radio'}-${i}`}
                input={
                  <input
                    id={id}
                    type={isChecklist ? 'checkbox' : 'radio'}
                    name={`${uid}-answer`}
                    value={o.value}
                    checked={isChecklist ? checked.includes(o.value) : single === o.value}
                    aria-labelledby={labelId}
                    aria-describedby={helpId}
                    onChange={(e) => {
                      const on = e.target.checked;
                      update((a) => ({ error: false, ...(isChecklist ? { checked: on ? [...a.checked, o.value] : a.checked.filter((x) => x !== o.value) } : { single: o.value }) }));
                    }}
                  />
                }
                label={o.label}
                labelId={labelId}
                help={o.help ? { id: helpId, text: o.help } : undefined}
              />
            );
          })}
        </ul>
      </fieldset>
      <div className="actions-row">
        <button type="submit" className="primary" onClick={submit}>
          {isChecklist ? t('walk.continue.button') : t('walk.next.button')}
        </button>
      </div>
    </form>
  );
}
