import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { createI18n } from './i18n/index';
import { App } from './ui/App';
import { ignoreHoverEvents } from './ui/ignoreHoverEvents';
import { staticLinkLanguage } from './ui/staticPages';

/**
 * Mounts the app over the static start page. The first render runs as a transition, so React can
 * yield to the browser between components instead of blocking a slow phone in one long task.
 * A keyboard user who is on a link of the static page keeps their place: the app's link in the same
 * place gets the focus back, so they are not thrown to the top of the page.
 */
export function boot(root: HTMLElement): void {
  ignoreHoverEvents();
  const restoreFocus = followStaticFocus(root);
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App i18n={createI18n()} />
      </StrictMode>,
    );
  });
  restoreFocus();
}

/** Where a focused static link stands: its href, and which of the page's links with that href it is. */
interface Place {
  href: string;
  nth: number;
}

/**
 * Follows the focus among the static page's links until the app's first commit replaces them (the
 * user may go on tabbing while the app renders), and returns what then gives the app's link in the
 * same place the focus. The same href is not enough: 112 is both in the number strip and in the box
 * for acute danger, and the static page is the app's start page rendered ahead, in the same order.
 */
function followStaticFocus(root: HTMLElement): () => void {
  const staticLinks = new Set(root.querySelectorAll('a'));
  let focused = placeOf(root, document.activeElement);
  // The skip link's target, <main>, is not a link: remembered apart, so the user who followed
  // «Hopp til innholdet» gets the app's <main> when the app takes over, instead of the page.
  let onMain = document.activeElement?.id === 'main';
  const onFocus = (e: FocusEvent): void => {
    onMain = e.target instanceof HTMLElement && e.target.id === 'main';
    focused = e.target instanceof HTMLAnchorElement && staticLinks.has(e.target) ? placeOf(root, e.target) : undefined;
  };
  root.addEventListener('focusin', onFocus);
  return () => {
    let frames = 0;
    const check = (): void => {
      // Wait for the first commit to take the static page away (or give up after ≈ 5 s).
      if ([...staticLinks].some((a) => a.isConnected) && frames++ < 300) {
        requestAnimationFrame(check);
        return;
      }
      root.removeEventListener('focusin', onFocus);
      if (document.activeElement !== document.body && document.activeElement !== null) return; // the user moved on
      if (onMain) document.getElementById('main')?.focus();
      else if (focused) sameControl(root, focused)?.focus();
    };
    requestAnimationFrame(check);
  };
}

function placeOf(root: HTMLElement, el: Element | null): Place | undefined {
  if (!(el instanceof HTMLAnchorElement) || !root.contains(el)) return undefined;
  const href = el.getAttribute('href');
  if (href === null) return undefined;
  return { href, nth: linksTo(root, href).indexOf(el) };
}

const linksTo = (root: HTMLElement, href: string): HTMLAnchorElement[] => [...root.querySelectorAll('a')].filter((a) => a.getAttribute('href') === href);

/**
 * The app's control for what a static link did: the link with the same href in the same place (the
 * first one, should the app have fewer) — or, for the static page's language links (`nn.html`,
 * `./?lang=nb`, which work by loading a page), the app's button for that language.
 */
function sameControl(root: HTMLElement, { href, nth }: Place): HTMLElement | undefined {
  const lang = staticLinkLanguage(href);
  if (lang) return root.querySelector<HTMLElement>(`.lang-switch button[lang="${lang}"]`) ?? undefined;
  const links = linksTo(root, href);
  return links[nth] ?? links[0];
}
