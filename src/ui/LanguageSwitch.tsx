import { useTexts } from './texts';
import { UI_LANGS } from '../i18n/index';

/** nb / nn / en on every screen; the choice is remembered and sets <html lang>. */
export function LanguageSwitch() {
  const { t, i18n } = useTexts();
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.switch.label')}>
      {UI_LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={i18n.language === l}
          onClick={() => void i18n.changeLanguage(l)}
        >
          {t(`lang.${l}.name`)}
        </button>
      ))}
    </div>
  );
}
