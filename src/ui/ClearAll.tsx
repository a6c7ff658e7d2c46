import { useTranslation } from 'react-i18next';

/** One tap: resets the walk, notes, drafts and the sessionStorage record, and goes to the start. */
export function ClearAll({ onClear }: { onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="clear-all" onClick={onClear} aria-label={t('clear.button.aria')}>
      {t('clear.button.text')}
    </button>
  );
}
