import { useTexts } from './texts';

/** One tap: resets the walk, notes, drafts and the sessionStorage record, and goes to the start. */
export function ClearAll({ onClear }: { onClear: () => void }) {
  const { t } = useTexts();
  return (
    <button type="button" className="clear-all" onClick={onClear} aria-label={t('clear.button.aria')}>
      {t('clear.button.text')}
    </button>
  );
}
