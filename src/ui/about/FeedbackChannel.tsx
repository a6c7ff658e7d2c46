import type { Lang } from '../../engine/index';
import { pick } from '../../i18n/index';
import { useTexts } from '../texts';
import type { PublisherState } from './usePublisher';

/** What the statement says while there is no channel to show. */
const NO_CHANNEL = { loading: 'about.a11y.feedback.loading', none: 'about.a11y.feedback.missing', unavailable: 'about.a11y.feedback.unavailable' } as const;

/**
 * Where to send feedback on accessibility, as the publisher gave it in flows/publisher.yaml. Without
 * one the statement says so plainly (and points to the authority below), never a placeholder that
 * looks like an address.
 */
export function FeedbackChannel({ publisher, lang }: { publisher: PublisherState; lang: Lang }) {
  const { t } = useTexts();
  if (publisher.state !== 'found') return <p className="about-contact">{t(NO_CHANNEL[publisher.state])}</p>;
  const { email, url, who } = publisher.publisher.feedback;
  return (
    <div className="about-contact">
      <ul className="about-list">
        {email !== undefined && (
          <li>
            {t('about.a11y.feedback.email')}: <a href={`mailto:${email.trim()}`}>{email.trim()}</a>
          </li>
        )}
        {url !== undefined && (
          <li>
            <a href={url} rel="noreferrer">
              {t('about.a11y.feedback.form')}
            </a>
          </li>
        )}
      </ul>
      <p>{pick(who, lang)}</p>
    </div>
  );
}
