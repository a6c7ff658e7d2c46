import { useTexts } from '../texts';
import { ABOUT_A11Y_HREF, ABOUT_PRIVACY_HREF, SETTINGS_HREF, TRAINER_HREF } from '../walk/useRoute';

/** A link's address and the key of its text (the keys listed, so `t` checks them). */
type Link = readonly [href: string, textKey: 'footer.settings.link' | 'trainer.hub.link' | 'footer.a11y.link' | 'footer.privacyPage.link'];

const STATEMENTS: readonly Link[] = [
  [ABOUT_A11Y_HREF, 'footer.a11y.link'],
  [ABOUT_PRIVACY_HREF, 'footer.privacyPage.link'],
];

/**
 * The footer's links: settings, the trainer's pages and the two statements (the pages themselves load
 * on demand) — the same list, in the same order, as the static start page's footer in index.html, so
 * the footer does not change under a person when the app takes over (WCAG 3.2.3).
 */
const FOOTER: readonly Link[] = [[SETTINGS_HREF, 'footer.settings.link'], [TRAINER_HREF, 'trainer.hub.link'], ...STATEMENTS];

export function AboutLinks() {
  const { t } = useTexts();
  return (
    <nav aria-label={t('footer.about.label')}>
      <LinkList links={FOOTER} className="about-links" />
    </nav>
  );
}

/** The two statements as a list of links, on the "about" index page. */
export function StatementLinks({ className }: { className: string }) {
  return <LinkList links={STATEMENTS} className={className} />;
}

function LinkList({ links, className }: { links: readonly Link[]; className: string }) {
  const { t } = useTexts();
  return (
    <ul className={className}>
      {links.map(([href, textKey]) => (
        <li key={href}>
          <a href={href}>{t(textKey)}</a>
        </li>
      ))}
    </ul>
  );
}
