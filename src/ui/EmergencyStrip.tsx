import { memo } from 'react';
import { useTexts } from './texts';
import { EMERGENCY_NUMBERS } from './emergency';
import { telHref } from './text';

/**
 * The national emergency numbers as tel: links, named «Ring 112 Politi» (the «Ring» hidden from view).
 * Also in index.html, so they show before any script runs: keep the two alike (tests/ui/static-start.test.tsx).
 */
export const EmergencyStrip = memo(function EmergencyStrip() {
  const { t } = useTexts();
  const callWord = t('phone.call.prefix');
  return (
    <nav className="emergency" aria-label={t('emergency.strip.label')}>
      <ul>
        {EMERGENCY_NUMBERS.map((n) => (
          <li key={n.number} className={n.number === '112' ? 'primary' : undefined}>
            <a href={telHref(n.number)}>
              <span className="visually-hidden">{callWord}</span> <strong>{n.number}</strong> <span>{t(`emergency.${n.key}.label`)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
});
