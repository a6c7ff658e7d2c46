import { useTexts } from '../texts';
import type { Lang } from '../../engine/index';
import { pick } from '../../i18n/index';
import type { UrlProfile } from '../profiles/useProfiles';
import { ProfileProblems } from './ProfileProblems';

/**
 * What became of a profile loaded from a URL: in use (with any warnings), or why not. `id` lets the
 * address field name the status as its description (and as its error, when it failed).
 */
export function UrlProfileStatus({ url, lang, onStop, id }: { url: UrlProfile; lang: Lang; onStop: () => void; id?: string }) {
  const { t } = useTexts();
  const stop = (
    <button type="button" className="secondary" onClick={onStop}>
      {t('settings.url.stop')}
    </button>
  );
  switch (url.status) {
    case 'loading':
      return (
        <p className="url-profile" role="status" id={id}>
          {t('settings.url.loading', { url: url.url })}
        </p>
      );
    case 'ok':
      return (
        <div className="url-profile ok" role="status" id={id}>
          <p>{t('profile.url.loaded', { name: pick(url.profile.name, lang), url: url.url })}</p>
          {url.warnings.length > 0 && (
            <>
              <p>{t('profile.url.warnings')}</p>
              <ProfileProblems problems={url.warnings} lines={url.lines} />
            </>
          )}
          {stop}
        </div>
      );
    case 'problems':
      return (
        <div className="url-profile failed" role="alert" id={id}>
          <p>
            <strong>{t('profile.url.problems', { url: url.url })}</strong>
          </p>
          <ProfileProblems problems={url.problems} lines={url.lines} />
          {stop}
        </div>
      );
    default: {
      const text =
        url.status === 'refused'
          ? t('profile.url.refused', { url: url.url, origin: window.location.origin })
          : url.status === 'not-found'
            ? t('profile.url.notFound', { url: url.url })
            : url.status === 'not-a-file'
              ? t('profile.url.notFile', { url: url.url })
              : t('profile.url.error', { url: url.url, message: url.message });
      return (
        <div className="url-profile failed" role="alert" id={id}>
          <p>
            <strong>{text}</strong>
          </p>
          {stop}
        </div>
      );
    }
  }
}
