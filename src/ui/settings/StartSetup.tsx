import { useTexts } from '../texts';
import type { Lang } from '../../engine/index';
import { SETTINGS_HREF } from '../walk/useRoute';
import { ProfileNote } from './ProfileNote';
import { RolePicker } from './RolePicker';
import { UrlProfileStatus } from './UrlProfileStatus';
import type { Setup } from './useSetup';

/** The start page's compact setup, below the choices: where you work, and whose numbers are shown. */
export function StartSetup({ setup, lang }: { setup: Setup; lang: Lang }) {
  const { t } = useTexts();
  const { profiles } = setup;
  return (
    <section className="start-setup" aria-labelledby="start-setup-heading">
      <h2 id="start-setup-heading" className="visually-hidden">
        {t('settings.heading.title')}
      </h2>
      {profiles.url && profiles.url.status !== 'ok' && <UrlProfileStatus url={profiles.url} lang={lang} onStop={profiles.clearUrl} />}
      <RolePicker value={setup.role} onChange={setup.setRole} hint={t('userRole.question.hint')} />
      <ProfileNote profiles={profiles} lang={lang} />
      <p className="settings-link">
        <a href={SETTINGS_HREF}>{t('settings.link.text')}</a>
      </p>
    </section>
  );
}
