import { createContext, useContext, type ReactNode } from 'react';
import { useTexts } from './texts';
import type { FlowCatalog } from '../engine/index';
import { StepHeading } from './StepHeading';
import { telHref } from './text';

/** The three start choices. They are plain links (#/barn …) and work before the catalog has loaded. */
export const START_FLOWS = ['barn', 'voksen', 'utover'] as const;
export type StartFlow = (typeof START_FLOWS)[number];

export function flowHref(id: string): string {
  return `#/${id}`;
}

/**
 * True while the start page lingers, hidden, after a flow was chosen (src/ui/App.tsx): its heading
 * then gives up `#step-heading`, which the first question's heading has from the same commit on.
 * By context, so only the heading re-renders in the tap, not the start page.
 */
export const StartPageLeaving = createContext(false);

function StartHeading({ children }: { children: ReactNode }) {
  return <StepHeading holdsId={!useContext(StartPageLeaving)}>{children}</StepHeading>;
}

/** `children` come after the choices: the compact setup (workplace, contact profile). */
export function StartView({ catalog, children }: { catalog?: FlowCatalog | undefined; children?: ReactNode }) {
  const { t } = useTexts();
  const available = catalog ? new Set(catalog.flows.map((f) => f.id)) : undefined;
  return (
    <div className="start">
      <StartHeading>{t('start.heading.title')}</StartHeading>
      <section className="acute-box" aria-labelledby="acute-heading">
        <h2 id="acute-heading">{t('start.acute.title')}</h2>
        <p>{t('start.acute.text')}</p>
        <p>{t('start.acute.child')}</p>
        <a className="call-button" href={telHref('112')}>
          {t('start.acute.call')}
        </a>
      </section>
      <p>{t('start.intro.text')}</p>
      <ul className="start-choices" aria-label={t('start.choices.label')}>
        {START_FLOWS.map((id) => (
          <li key={id}>
            <a className="choice" href={flowHref(id)} data-flow={id}>
              <span className="choice-title">{t(`start.${id}.title`)}</span>{' '}
              <span className="choice-text">
                {t(`start.${id}.text`)}
              </span>
              {available && !available.has(id) && <span className="choice-missing">{t('flow.missing.title')}</span>}
            </a>
          </li>
        ))}
      </ul>
      {children}
    </div>
  );
}
