import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { YESNO_VALUES, type FactValue, type GuidanceNode, type Lang, type Localized, type QuestionNode, type WalkView } from '../engine/index';
import { pick } from '../i18n/index';
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
      {node.kind === 'question' && <Question key={`${view.nodeId}:${view.depth}`} node={node} lang={lang} onAnswer={onAnswer} />}
      <WalkNav canGoBack={view.canGoBack} onBack={onBack} onRestart={onRestart} />
    </div>
  );
}

export function WalkNav({ canGoBack, onBack, onRestart }: { canGoBack: boolean; onBack: () => void; onRestart: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="walk-nav no-print" role="group" aria-label={t('walk.nav.label')}>
      {canGoBack && (
        <button type="button" className="secondary" onClick={onBack}>
          <span aria-hidden="true">← </span>
          {t('walk.back.button')}
        </button>
      )}
      <button type="button" className="secondary" onClick={onRestart}>
        {t('walk.restart.button')}
      </button>
    </div>
  );
}

function Folded({ tips, examples, lang }: { tips: Localized[] | undefined; examples: Localized[] | undefined; lang: Lang }) {
  const { t } = useTranslation();
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
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="step-heading">
      <h1 id="step-heading" tabIndex={-1}>
        {pick(node.title, lang)}
      </h1>
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

function Question({ node, lang, onAnswer }: { node: QuestionNode; lang: Lang; onAnswer: (value: FactValue) => void }) {
  const { t } = useTranslation();
  const uid = useId();
  const [single, setSingle] = useState<string | undefined>(undefined);
  const [checked, setChecked] = useState<string[]>([]);
  const [error, setError] = useState(false);
  const isChecklist = node.answer === 'checklist';
  const options: { value: string; label: string; help: string | undefined }[] =
    node.answer === 'yesno'
      ? YESNO_VALUES.map((v) => ({ value: v, label: t(`walk.yesno.${v as 'yes' | 'no' | 'unsure'}`), help: undefined }))
      : (node.options ?? []).map((o) => ({ value: o.value, label: pick(o.label, lang), help: o.help ? pick(o.help, lang) : undefined }));
  const helpId = `${uid}-help`;
  const errorId = `${uid}-error`;
  const hintId = `${uid}-hint`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (isChecklist) {
      // Checklists never block: keep the options' written order.
      onAnswer(options.map((o) => o.value).filter((v) => checked.includes(v)));
      return;
    }
    if (single === undefined) {
      setError(true);
      document.getElementById(`${uid}-opt-0`)?.focus();
      return;
    }
    onAnswer(single);
  };

  const describedBy = [node.help ? helpId : '', isChecklist ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;

  return (
    <form className="card" onSubmit={submit} noValidate>
      <fieldset aria-describedby={describedBy}>
        <legend>
          <h1 id="step-heading" tabIndex={-1}>
            {pick(node.prompt, lang)}
          </h1>
        </legend>
        {node.help && (
          <div id={helpId} className="help">
            <RichText text={pick(node.help, lang)} />
          </div>
        )}
        {isChecklist && (
          <p id={hintId} className="hint">
            {t('walk.checklist.hint')}
          </p>
        )}
        <Folded tips={node.tips} examples={node.examples} lang={lang} />
        {error && (
          <p id={errorId} className="error" role="alert">
            {t('walk.choose.error')}
          </p>
        )}
        <ul className={`options ${isChecklist ? 'checklist' : 'radios'}`}>
          {options.map((o, i) => {
            const id = `${uid}-opt-${i}`;
            return (
              <li key={o.value}>
                <input
                  id={id}
                  type={isChecklist ? 'checkbox' : 'radio'}
                  name={`${uid}-answer`}
                  value={o.value}
                  checked={isChecklist ? checked.includes(o.value) : single === o.value}
                  aria-describedby={o.help ? `${id}-help` : undefined}
                  onChange={(e) => {
                    setError(false);
                    if (isChecklist) setChecked((c) => (e.target.checked ? [...c, o.value] : c.filter((x) => x !== o.value)));
                    else setSingle(o.value);
                  }}
                />
                <label htmlFor={id}>
                  {o.label}
                  {o.help && (
                    <span id={`${id}-help`} className="option-help">
                      {o.help}
                    </span>
                  )}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div className="actions-row">
        <button type="submit" className="primary">
          {isChecklist ? t('walk.continue.button') : t('walk.next.button')}
        </button>
      </div>
    </form>
  );
}
