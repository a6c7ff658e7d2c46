import { memo } from 'react';
import { useTexts } from './texts';
import { EMERGENCY_NUMBERS } from './emergency';
import { telHref } from './text';

/** The national emergency numbers as tel: links. Also in index.html, so they show before any script runs. */
export const EmergencyStrip = memo(function EmergencyStrip() {
  const { t } = useTexts();
  return (
    <nav className="emergency" aria-label={t('emergency.strip.label')}>
      <ul>
        {EMERGENCY_NUMBERS.map((n) => (
          <li key={n.number} className={n.number === '112' ? 'primary' : undefined}>
            <a href={telHref(n.number)}>
              <strong>{n.number}</strong> <span>{t(`emergency.${n.key}.label`)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
});
