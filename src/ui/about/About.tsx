import { useTexts } from '../texts';
import type { Lang } from '../../engine/index';
import { ensureAboutStrings } from '../../i18n/about/index';
import { LOCALES } from '../../i18n/index';
import { ABOUT_A11Y_HREF, ABOUT_PRIVACY_HREF, SETTINGS_HREF } from '../walk/useRoute';
import { StatementLinks } from './AboutLinks';
import { FeedbackChannel } from './FeedbackChannel';
import { usePublisher } from './usePublisher';
import { pick } from '../../i18n/index';
import type { FlowSource } from '../walk/source';
import { StepHeading, STEP_HEADING_ID, useFocusHeadingOnNewPage } from '../StepHeading';

/** When the statements were last reviewed against the app: update with the texts (src/i18n/about/). */
export const STATEMENT_UPDATED = '2026-12-02';
/** Plain links a user may choose to follow; the app itself never requests them. */
export const UUTILSYNET_URL = 'https://www.uutilsynet.no/';
export const UUSTATUS_URL = 'https://uustatus.no/';

export type AboutPage = 'tilgjengelighet' | 'personvern' | 'index';

export function aboutPage(segment: string | undefined): AboutPage {
  return segment === 'tilgjengelighet' || segment === 'personvern' ? segment : 'index';
}

/**
 * The accessibility statement (#/om/tilgjengelighet) and the privacy statement (#/om/personvern),
 * in nb, nn and en; #/om lists both. Loaded on demand with their strings (src/i18n/about/).
 */
export default function About({ segment, lang, source }: { segment: string | undefined; lang: Lang; source: FlowSource }) {
  const { i18n } = useTexts();
  // This chunk's strings: merged into i18next before the first t() below.
  ensureAboutStrings(i18n);
  const page = aboutPage(segment);

  // Opened from a link (the footer's, or the other statement's): focus moves to the new heading.
  useFocusHeadingOnNewPage(page, () => {
    const from = document.activeElement;
    return from instanceof HTMLAnchorElement && (from.getAttribute('href') ?? '').startsWith('#/om');
  });

  if (page === 'tilgjengelighet') return <AccessibilityStatement lang={lang} source={source} />;
  if (page === 'personvern') return <PrivacyStatement lang={lang} source={source} />;
  return <AboutIndex />;
}

function AboutIndex() {
  const { t } = useTexts();
  return (
    <article className="about" aria-labelledby={STEP_HEADING_ID}>
      <StepHeading>{t('about.index.title')}</StepHeading>
      <p>{t('about.index.intro')}</p>
      <StatementLinks className="about-list" />
      <HomeLink />
    </article>
  );
}

function AccessibilityStatement({ lang, source }: { lang: Lang; source: FlowSource }) {
  const { t } = useTexts();
  const publisher = usePublisher(source);
  const date = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(new Date(`${STATEMENT_UPDATED}T12:00:00Z`));
  return (
    <article className="about" aria-labelledby={STEP_HEADING_ID}>
      <StepHeading>{t('about.a11y.page.title')}</StepHeading>
      <p>{t('about.a11y.page.intro')}</p>
      <p className="about-updated">{t('about.a11y.page.updated', { date })}</p>
      {publisher.state === 'found' && <p>{t('about.a11y.page.publisher', { name: pick(publisher.publisher.name, lang) })}</p>}

      <h2>{t('about.a11y.law.heading')}</h2>
      <p>{t('about.a11y.law.text')}</p>
      <p>{t('about.a11y.law.register')}</p>

      <h2>{t('about.a11y.status.heading')}</h2>
      <p>{t('about.a11y.status.text')}</p>

      <h2>{t('about.a11y.tested.heading')}</h2>
      <TextList texts={[t('about.a11y.tested.axe'), t('about.a11y.tested.keyboard'), t('about.a11y.tested.review'), t('about.a11y.tested.zoom')]} />
      <p>{t('about.a11y.tested.when')}</p>

      <h2>{t('about.a11y.known.heading')}</h2>
      <p>{t('about.a11y.known.none')}</p>
      <TextList texts={[t('about.a11y.known.clear'), t('about.a11y.known.title')]} />
      <p>{t('about.a11y.known.pending')}</p>

      <h2>{t('about.a11y.feedback.heading')}</h2>
      <p>{t('about.a11y.feedback.text')}</p>
      <FeedbackChannel publisher={publisher} lang={lang} />

      <h2>{t('about.a11y.complaint.heading')}</h2>
      <p>{t('about.a11y.complaint.text')}</p>
      <ul className="about-list">
        <li>
          <a href={UUTILSYNET_URL} rel="noreferrer">
            {t('about.a11y.complaint.link')}
          </a>
        </li>
        <li>
          <a href={UUSTATUS_URL} rel="noreferrer">
            {t('about.a11y.complaint.register')}
          </a>
        </li>
      </ul>

      <p className="about-other">
        <a href={ABOUT_PRIVACY_HREF}>{t('footer.privacyPage.link')}</a>
      </p>
      <HomeLink />
    </article>
  );
}

/** The statement's bulleted lists of plain sentences. */
function TextList({ texts }: { texts: string[] }) {
  return (
    <ul className="about-list">
      {texts.map((text) => (
        <li key={text}>{text}</li>
      ))}
    </ul>
  );
}

function PrivacyStatement({ lang, source }: { lang: Lang; source: FlowSource }) {
  const { t } = useTexts();
  const publisher = usePublisher(source);
  return (
    <article className="about" aria-labelledby={STEP_HEADING_ID}>
      <StepHeading>{t('about.privacy.page.title')}</StepHeading>
      <p>{t('about.privacy.page.intro')}</p>

      <h2>{t('about.privacy.stored.heading')}</h2>
      <TextList texts={[t('about.privacy.stored.choices'), t('about.privacy.stored.walk'), t('about.privacy.stored.offline')]} />

      <h2>{t('about.privacy.memory.heading')}</h2>
      <p>{t('about.privacy.memory.text')}</p>

      <h2>{t('about.privacy.none.heading')}</h2>
      <TextList texts={[t('about.privacy.none.cookies'), t('about.privacy.none.analytics'), t('about.privacy.none.third')]} />

      <h2>{t('about.privacy.server.heading')}</h2>
      <p>{t('about.privacy.server.text')}</p>
      {publisher.state === 'found' && <p>{t('about.privacy.server.publisher', { name: pick(publisher.publisher.name, lang) })}</p>}

      <h2>{t('about.privacy.clear.heading')}</h2>
      <p>{t('about.privacy.clear.text')}</p>
      <p>
        <a href={SETTINGS_HREF}>{t('settings.link.text')}</a>
      </p>

      <p className="about-other">
        <a href={ABOUT_A11Y_HREF}>{t('footer.a11y.link')}</a>
      </p>
      <HomeLink />
    </article>
  );
}

function HomeLink() {
  const { t } = useTexts();
  return (
    <p>
      <a href="#/">{t('app.home.link')}</a>
    </p>
  );
}
