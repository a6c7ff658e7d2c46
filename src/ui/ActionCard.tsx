import { useTranslation } from 'react-i18next';
import type { Lang, ResolvedAction } from '../engine/index';
import { pick } from '../i18n/index';
import { legalText, linkifyPhones, mergeLegal, RichText, telHref } from './text';

/**
 * A phone number for one of the action's contact roles. Filled from the unit's contact profile
 * later (issue 7); until then the card shows the national numbers named in the vocabulary text.
 */
export interface ActionContact {
  role: string;
  name: string;
  phone: string;
  /** e.g. opening hours */
  note?: string | undefined;
}

export interface ActionCardProps {
  action: ResolvedAction;
  lang: Lang;
  /** Position in the ordered list, 1-based. */
  index: number;
  /** Numbers for action.contacts roles, most suitable first (contact profiles, issue 7). */
  contacts?: ActionContact[] | undefined;
}

export function ActionCard({ action, lang, index, contacts }: ActionCardProps) {
  const { t } = useTranslation();
  const headingId = `action-${action.id}`;
  return (
    <article className="action-card" aria-labelledby={headingId} data-action={action.id}>
      <h3 id={headingId}>
        <span className="action-no">{index}.</span> {pick(action.title, lang)}
      </h3>
      <RichText text={pick(action.text, lang)} />
      {(action.who || action.when) && (
        <dl className="who-when">
          {action.who && (
            <div>
              <dt>{t('action.who.label')}</dt>
              <dd>{linkifyPhones(pick(action.who, lang))}</dd>
            </div>
          )}
          {action.when && (
            <div>
              <dt>{t('action.when.label')}</dt>
              <dd>{linkifyPhones(pick(action.when, lang))}</dd>
            </div>
          )}
        </dl>
      )}
      {contacts && contacts.length > 0 && (
        <ul className="contacts" aria-label={t('action.contacts.label')}>
          {contacts.map((c) => (
            <li key={`${c.role}:${c.phone}`}>
              <a className="tel button-like" href={telHref(c.phone)}>
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
          {mergeLegal(action.legal).map((l) => legalText(l, (date) => t('why.checked.text', { date }))).join('; ')}
        </p>
      )}
    </article>
  );
}
