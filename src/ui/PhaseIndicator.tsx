import { memo } from 'react';
import { useTexts } from './texts';
import { PHASES, type Phase } from '../engine/index';

/**
 * SE → SPØR → AVKLAR → HANDLE, in words; the current step has aria-current and a text marker, not colour alone.
 * Memoised: most taps stay in the same phase, and its ten texts need not be looked up again.
 */
export const PhaseIndicator = memo(function PhaseIndicator({ current }: { current: Phase }) {
  const { t } = useTexts();
  const index = PHASES.indexOf(current);
  return (
    <div className="phases">
      <ol aria-label={t('phase.list.label')}>
        {PHASES.map((p, i) => {
          const isCurrent = p === current;
          return (
            <li key={p} aria-current={isCurrent ? 'step' : undefined} className={isCurrent ? 'current' : i < index ? 'done' : undefined}>
              <span className="phase-name">{t(`phase.${p}.name`)}</span>
              <span className="phase-hint">{t(`phase.${p}.hint`)}</span>
              {isCurrent && <span className="visually-hidden"> {t('phase.current.text')}</span>}
            </li>
          );
        })}
      </ol>
    </div>
  );
});
