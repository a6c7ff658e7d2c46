import { useTexts } from './texts';

/** Flows could not be fetched (offline without a cache, a server error): say so and offer to try again. */
export function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useTexts();
  return (
    <section aria-labelledby="step-heading">
      <h1 id="step-heading" tabIndex={-1}>
        {t('flow.load.error')}
      </h1>
      <p>
        <code>{message}</code>
      </p>
      <button type="button" className="primary" onClick={onRetry}>
        {t('flow.load.retry')}
      </button>
    </section>
  );
}
