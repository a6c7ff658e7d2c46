import { useId, useState, type FormEvent, type MouseEvent } from 'react';
import { useTexts } from '../texts';
import { OptionRow } from '../OptionRow';
import type { Lang, Role } from '../../engine/index';
import { pick } from '../../i18n/index';
import type { Profiles } from '../profiles/useProfiles';
import { ProfileNote } from './ProfileNote';
import { RolePicker } from './RolePicker';
import { UrlProfileStatus } from './UrlProfileStatus';
import { StepHeading } from '../StepHeading';
import { flowHref } from '../StartView';
import { walkBehind } from '../walk/useRoute';

export interface SettingsViewProps {
  profiles: Profiles;
  role: Role | undefined;
  onRoleChange: (role: Role | undefined) => void;
  lang: Lang;
}

/** #/innstillinger: the contact profile (municipality or region), the workplace, and a profile file to test. */
export function SettingsView({ profiles, role, onRoleChange, lang }: SettingsViewProps) {
  const { t } = useTexts();
  const uid = useId();
  const [saved, setSaved] = useState('');
  const [address, setAddress] = useState(profiles.url?.url ?? '');
  const urlFailed = profiles.url !== undefined && profiles.url.status !== 'loading' && profiles.url.status !== 'ok';
  const { catalog } = profiles;
  // Read once, from the history entry this page opened in: opened from a walk, it offers the way back.
  const [walk] = useState(() => walkBehind());

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (address.trim() !== '') profiles.loadUrl(address.trim());
  };

  return (
    <div className="settings">
      {walk && (
        <p className="back-link">
          <a href={flowHref(walk)} onClick={backToWalk}>
            <span aria-hidden="true">{'←\u00a0'}</span>
            {t('settings.back.link')}
          </a>
        </p>
      )}
      <StepHeading>{t('settings.heading.title')}</StepHeading>
      <p>{t('settings.intro.text')}</p>

      <fieldset className="profile-picker" aria-describedby={`${uid}-profile-hint`}>
        <legend>
          <h2>{t('settings.profile.legend')}</h2>
        </legend>
        <p className="hint" id={`${uid}-profile-hint`}>
          {t('settings.profile.hint')}
        </p>
        {!catalog && !profiles.failed && <p role="status">{t('settings.profile.loading')}</p>}
        {profiles.failed && <p className="error">{t('settings.profile.failed')}</p>}
        {catalog && (
          <ul className="options radios">
            {catalog.profiles.map((p) => (
              <OptionRow
                key={p.id}
                input={
                  <input
                    id={`${uid}-p-${p.id}`}
                    type="radio"
                    name={`${uid}-profile`}
                    value={p.id}
                    checked={profiles.activeId === p.id}
                    onChange={() => {
                      profiles.choose(p.id);
                      setSaved(t('settings.saved.text', { name: pick(p.name, lang) }));
                    }}
                  />
                }
                label={pick(p.name, lang)}
                help={p.id === catalog.default ? { text: t('settings.profile.default') } : undefined}
              />
            ))}
          </ul>
        )}
        <p className="saved-status" role="status">
          {saved}
        </p>
      </fieldset>
      <ProfileNote profiles={profiles} lang={lang} inSettings />

      <RolePicker variant="radios" value={role} onChange={onRoleChange} />

      <section className="url-loader" aria-labelledby={`${uid}-url-heading`}>
        <h2 id={`${uid}-url-heading`}>{t('settings.url.heading')}</h2>
        <p>{t('settings.url.hint')}</p>
        <form onSubmit={submit} noValidate>
          <label htmlFor={`${uid}-url`}>{t('settings.url.label')}</label>
          <p className="hint" id={`${uid}-url-hint`}>
            {t('settings.url.example')}
          </p>
          <div className="inline-form">
            <input
              id={`${uid}-url`}
              type="text"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              value={address}
              aria-describedby={profiles.url ? `${uid}-url-hint ${uid}-url-status` : `${uid}-url-hint`}
              aria-invalid={urlFailed || undefined}
              onChange={(e) => setAddress(e.target.value)}
            />
            <button type="submit" className="primary">
              {t('settings.url.button')}
            </button>
          </div>
        </form>
        {profiles.url && <UrlProfileStatus id={`${uid}-url-status`} url={profiles.url} lang={lang} onStop={profiles.clearUrl} />}
      </section>

      <p>
        <a href="#/">{t('app.home.link')}</a>
      </p>
    </div>
  );
}

/**
 * «Tilbake til veiledningen» goes back in history, as the browser's Back does: the walk's entry
 * brings back its step, outcome, notes and draft. Its href (#/barn) is for opening it elsewhere
 * (a new tab, with a modifier key), where the browser follows it as it is.
 */
function backToWalk(e: MouseEvent<HTMLAnchorElement>): void {
  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  window.history.back();
}
