import { useTexts } from './texts';
import type { Lang, ResolvedAction } from '../engine/index';
import { pick } from '../i18n/index';
import { legalText, linkifyPhones, mergeLegal, RichText, telHref } from './text';

/**
 * A phone number for one of the action's contact roles, from the unit's contact profile.
 * With `state`, the card shows who to call now: the open one big, the closed ones ranked before it
 * with when they open, and the roles the profile has no number for. Without it, a plain list.
 */
export interface ActionContact {
  role: string;
  name: string;
  /** As people read it; empty when the profile has no number for the role (state "missing"). */
  phone: string;
  /** The tel: link from the profile; derived from `phone` when absent. */
  tel?: string | undefined;
  /** e.g. who may call, or when a closed contact opens */
  note?: string | undefined;
  state?: 'now' | 'closed' | 'missing' | undefined;
  /** The role this contact stands in for (closed or missing), in words. */
  fallbackFor?: string | undefined;
}

export interface ActionCardProps {
  action: ResolvedAction;
  lang: Lang;
  /** Position in the ordered list, 1-based. */
  index: number;
  /** Numbers for action.contacts roles, most suitable first (contact profiles). */
  contacts?: ActionContact[] | undefined;
}

function CallNow({ contacts }: { contacts: ActionContact[] }) {
  const { t } = useTexts();
  const now = contacts.find((c) => c.state === 'now');
  const closed = contacts.filter((c) => c.state === 'closed');
  const missing = contacts.filter((c) => c.state === 'missing');
  return (
    <div className="call-now-box">
      {now && (
        <div className="call-now">
          <a className="call-now-link" href={now.tel ?? telHref(now.phone)} data-role={now.role}>
            <span className="call-now-label">{t('contact.now.label')}</span>{' '}
            <span className="call-now-name">{now.name}</span>{' '}
            <span className="call-now-number">{now.phone}</span>
          </a>
          {now.fallbackFor && <p className="call-now-fallback">{t('contact.fallback.text', { role: now.fallbackFor })}</p>}
          {now.note && <p className="call-now-note">{now.note}</p>}
        </div>
      )}
      {closed.length > 0 && (
        <ul className="contacts-closed" aria-label={t('contact.closed.label')}>
          {closed.map((c) => (
            <li key={`${c.role}:${c.phone}`} data-role={c.role}>
              <strong>{t('contact.closed.label')}:</strong> {c.name}, {c.phone} – {c.note}
            </li>
          ))}
        </ul>
      )}
      {missing.length > 0 && <p className="contacts-missing">{t('contact.missing.text', { roles: missing.map((c) => c.name).join(', ') })}</p>}
    </div>
  );
}

export function ActionCard({ action, lang, index, contacts }: ActionCardProps) {
  const { t } = useTexts();
  const headingId = `action-${action.id}`;
  const picked = contacts?.some((c) => c.state !== undefined) ?? false;
  return (
    <article className="action-card" aria-labelledby={headingId} data-action={action.id}>
      <h3 id={headingId}>
        <span className="action-no">{index}.</span> {pick(action.title, lang)}
      </h3>
      {contacts && picked && <CallNow contacts={contacts} />}
      <RichText text={pick(action.text, lang)} />
      {(action.who || action.when) && (
        <dl className="who-when">
          {action.who && (
            <div>
              <dt>{t('action.who.label')}</dt>
              <dd>{linkifyPhones(pick(action.who, lang), t('phone.call.prefix'))}</dd>
            </div>
          )}
          {action.when && (
            <div>
              <dt>{t('action.when.label')}</dt>
              <dd>{linkifyPhones(pick(action.when, lang), t('phone.call.prefix'))}</dd>
            </div>
          )}
        </dl>
      )}
      {contacts && !picked && contacts.length > 0 && (
        <ul className="contacts" aria-label={t('action.contacts.label')}>
          {contacts.map((c) => (
            <li key={`${c.role}:${c.phone}`}>
              <a className="tel button-like" href={c.tel ?? telHref(c.phone)}>
                {c.name}: {c.phone}
              </a>
              {c.note && <span className="contact-note"> {c.note}</span>}
            </li>
          ))}
        </ul>
      )}
      {action.legal.length > 0 && (
        <p className="legal-line">
          <span className="label">{t('action.legal.label')}:</span>{' '}
          {mergeLegal(action.legal).map((l) => legalText(l, lang, (date) => t('why.checked.text', { date }))).join('; ')}
        </p>
      )}
    </article>
  );
}

/** The outcome's actions as numbered cards, in the order they are to be done. */
export function ActionList({ actions, lang, contactsFor }: { actions: readonly ResolvedAction[]; lang: Lang; contactsFor?: ((action: ResolvedAction) => ActionContact[] | undefined) | undefined }) {
  return (
    <ol className="action-list">
      {actions.map((a, i) => (
        <li key={a.id}>
          <ActionCard action={a} lang={lang} index={i + 1} contacts={contactsFor?.(a)} />
        </li>
      ))}
    </ol>
  );
}
