import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { createI18n } from './i18n/index';
import { App } from './ui/App';
import { ignoreHoverEvents } from './ui/ignoreHoverEvents';
import { staticLinkLanguage } from './ui/staticPages';

/**
 * Mounts the app over the static start page. The first render runs as a transition, so React can
 * yield to the browser between components instead of blocking a slow phone in one long task.
 * `keepFocusOn` is the href of the static link that had focus: the same link in the app gets it back,
 * so a keyboard user is not thrown to the top of the page.
 */
export function boot(root: HTMLElement, keepFocusOn?: string): void {
  ignoreHoverEvents();
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App i18n={createI18n()} />
      </StrictMode>,
    );
  });
  if (keepFocusOn) refocus(root, keepFocusOn);
}

function refocus(root: HTMLElement, href: string): void {
  const staticLink = document.activeElement;
  let frames = 0;
  const check = (): void => {
    // Wait for the first commit to replace the static page, then give the app's same link the focus.
    if (staticLink?.isConnected && frames++ < 300) {
      requestAnimationFrame(check);
      return;
    }
    if (document.activeElement !== document.body && document.activeElement !== null) return; // the user moved on
    sameControl(root, href)?.focus();
  };
  requestAnimationFrame(check);
}

/**
 * The app's control for what a static link did: the link with the same href, or — for the static
 * page's language links (`nn.html`, `./?lang=nb`, which work by loading a page) — the app's button
 * for that language.
 */
function sameControl(root: HTMLElement, href: string): HTMLElement | undefined {
  const lang = staticLinkLanguage(href);
  if (lang) return root.querySelector<HTMLElement>(`.lang-switch button[lang="${lang}"]`) ?? undefined;
  return [...root.querySelectorAll('a')].find((a) => a.getAttribute('href') === href);
}
