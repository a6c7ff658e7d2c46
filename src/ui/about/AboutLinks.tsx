import { useTexts } from '../texts';
import { ABOUT_A11Y_HREF, ABOUT_PRIVACY_HREF } from '../walk/useRoute';

/** The footer's links to the accessibility and privacy statements (the pages themselves load on demand). */
export function AboutLinks() {
  const { t } = useTexts();
  return (
    <nav aria-label={t('footer.about.label')}>
      <StatementLinks className="about-links" />
    </nav>
  );
}

/** The two statements as a list of links: in the footer and on the "about" index page. */
export function StatementLinks({ className }: { className: string }) {
  const { t } = useTexts();
  return (
    <ul className={className}>
      <li>
        <a href={ABOUT_A11Y_HREF}>{t('footer.a11y.link')}</a>
      </li>
      <li>
        <a href={ABOUT_PRIVACY_HREF}>{t('footer.privacyPage.link')}</a>
      </li>
    </ul>
  );
}
