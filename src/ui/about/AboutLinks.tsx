import { useTexts } from '../texts';
import { ABOUT_A11Y_HREF, ABOUT_PRIVACY_HREF, SETTINGS_HREF, TRAINER_HREF } from '../walk/useRoute';

/**
 * The footer's links: settings, the trainer's pages and the two statements (the pages themselves load
 * on demand) — the same list, in the same order, as the static start page's footer in index.html, so
 * the footer does not change under a person when the app takes over (WCAG 3.2.3).
 */
export function AboutLinks() {
  const { t } = useTexts();
  return (
    <nav aria-label={t('footer.about.label')}>
      <ul className="about-links">
        <li>
          <a href={SETTINGS_HREF}>{t('footer.settings.link')}</a>
        </li>
        <li>
          <a href={TRAINER_HREF}>{t('trainer.hub.link')}</a>
        </li>
        <StatementItems />
      </ul>
    </nav>
  );
}

/** The two statements as a list of links, on the "about" index page. */
export function StatementLinks({ className }: { className: string }) {
  return (
    <ul className={className}>
      <StatementItems />
    </ul>
  );
}

function StatementItems() {
  const { t } = useTexts();
  return (
    <>
      <li>
        <a href={ABOUT_A11Y_HREF}>{t('footer.a11y.link')}</a>
      </li>
      <li>
        <a href={ABOUT_PRIVACY_HREF}>{t('footer.privacyPage.link')}</a>
      </li>
    </>
  );
}
