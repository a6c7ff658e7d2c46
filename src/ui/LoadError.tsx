import { useTexts } from './texts';
import { StepHeading, STEP_HEADING_ID } from './StepHeading';

/** Flows could not be fetched (offline without a cache, a server error): say so and offer to try again. */
export function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useTexts();
  return (
    <section aria-labelledby={STEP_HEADING_ID}>
      <StepHeading>{t('flow.load.error')}</StepHeading>
      <p>
        <code>{message}</code>
      </p>
      <button type="button" className="primary" onClick={onRetry}>
        {t('flow.load.retry')}
      </button>
    </section>
  );
}
