import { registerServiceWorker } from './ui/pwa/register';
import { STATIC_PAGES, staticPageLanguage } from './ui/staticPages';
import './ui/styles.css';

/**
 * The start page — emergency numbers, "call 112 now", the three choices — is plain HTML in
 * index.html: it shows at once and works without JavaScript. The app takes over only when it is
 * needed: at once for a deep link (#/barn, ?lang=…), for a returning user (saved language, profile,
 * role or a walk in progress), and otherwise on the first sign of use (a touch, a key, a pointer).
 * A first-time visitor who only needs the number never pays for the app, and a cheap phone shows
 * the numbers without waiting for a script.
 */
const root = document.getElementById('root');
const PREFIX = 'tiltakskort.';
const LANG_KEY = `${PREFIX}lang`;

function savedSomething(): boolean {
  try {
    return [localStorage, sessionStorage].some((s) => Object.keys(s).some((k) => k.startsWith(PREFIX)));
  } catch {
    return false;
  }
}

/**
 * A language chosen on the static page: `?lang=nb`, or its nynorsk and English copies (nn.html,
 * en.html). Remember it, then leave the address as the app's own (index.html, no `?lang`), so a
 * bookmark or a reload opens the app, in the remembered language.
 */
function takeLanguageFromUrl(): boolean {
  const params = new URLSearchParams(location.search);
  const page = staticPageLanguage(location.pathname);
  const asked = params.get('lang');
  const lang = asked && ['nb', 'nn', 'en'].includes(asked) ? asked : page;
  if (!lang) return false;
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    /* private mode: the app still starts in that language this time */
  }
  params.delete('lang');
  const query = params.toString();
  const path = page ? location.pathname.slice(0, -STATIC_PAGES[page].length) : location.pathname;
  history.replaceState(history.state, '', `${path}${query ? `?${query}` : ''}${location.hash}`);
  return true;
}

let started = false;
let pointersDown = 0;
addEventListener('pointerdown', () => pointersDown++, true);
for (const type of ['pointerup', 'pointercancel'] as const) addEventListener(type, () => (pointersDown = Math.max(0, pointersDown - 1)), true);

function start(): void {
  if (started || !root) return;
  started = true;
  const loading = import('./boot');
  // Never swap the page under a finger: a tap on "Ring 112" must reach its link. Mount once the
  // pointer is up and its click has been delivered.
  const mount = (): void => {
    if (pointersDown > 0) {
      addEventListener('pointerup', () => setTimeout(mount, 100), { once: true, capture: true });
      return;
    }
    void loading.then(({ boot }) => boot(root));
  };
  void loading.then(mount);
}

const INTENT = ['pointerdown', 'touchstart', 'keydown', 'focusin', 'mousemove', 'hashchange', 'popstate'] as const;

if (root) {
  const now = takeLanguageFromUrl() || savedSomething() || location.hash.length > 2 || location.search.length > 1;
  if (now) {
    // A frame, then a task: the static page is painted before the app's work begins.
    requestAnimationFrame(() => setTimeout(start, 0));
  } else {
    const onIntent = (): void => {
      for (const type of INTENT) removeEventListener(type, onIntent, true);
      start();
    };
    for (const type of INTENT) addEventListener(type, onIntent, { capture: true, passive: true });
  }
}

// Offline use and the «new version» prompt (production builds only; once the page has loaded and
// shown its first contentful paint; see src/ui/pwa/). Registered for every visitor, so the app works
// offline after the first visit even if the app itself never had to start.
registerServiceWorker();
