import type { TFunction } from 'i18next';
import { useTexts } from '../texts';
import type { Lang } from '../../engine/index';
import { pick } from '../../i18n/index';
import type { Profiles } from '../profiles/useProfiles';
import { SETTINGS_HREF } from '../walk/useRoute';

/** The name of the contact profile in use, as shown to the user and in the summary. */
export function profileName(profiles: Pick<Profiles, 'active' | 'url'>, lang: Lang, t: TFunction): string | undefined {
  if (!profiles.active) return undefined;
  const name = pick(profiles.active.name, lang);
  return profiles.url?.status === 'ok' ? `${name} – ${t('profile.url.active', { url: profiles.url.url })}` : name;
}

/**
 * Which contact profile the numbers come from, with a way to change it. With the national profile
 * alone, a clear note that local numbers are missing and how to choose a municipality.
 */
export function ProfileNote({ profiles, lang, inSettings = false }: { profiles: Profiles; lang: Lang; inSettings?: boolean }) {
  const { t } = useTexts();
  const name = profileName(profiles, lang, t);
  if (!name) return null;
  if (profiles.nationalOnly && profiles.active) {
    return (
      <div className="notice national-note" role="note" data-testid="national-note">
        <p>
          <strong>{t('profile.national.title')}.</strong> {pick(profiles.active.note, lang)}
        </p>
        {!inSettings && (
          <p>
            <a href={SETTINGS_HREF}>{t('profile.national.choose')}</a>
          </p>
        )}
      </div>
    );
  }
  if (inSettings) return null;
  return (
    <p className="profile-line" data-testid="profile-line">
      <span className="label">{t('profile.active.label')}:</span> <strong>{name}</strong> – <a href={SETTINGS_HREF}>{t('profile.active.change')}</a>
    </p>
  );
}
