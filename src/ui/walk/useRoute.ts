import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { showFromTop } from '../showFromTop';

export type Route = { name: 'start' } | { name: 'flow'; id: string } | { name: 'settings' } | { name: 'trainer'; rest: string[] } | { name: 'about'; page: string | undefined };

/**
 * Hash routes that are pages of the app, not flows: `#/<word>` (and `#/<word>/…`) opens the page and
 * is never taken as a flow id. Add a page here and to Route; `rest` holds the segments after the word.
 */
export const PAGES: Readonly<Record<string, (rest: string[]) => Route>> = {
  innstillinger: () => ({ name: 'settings' }),
  // Trainers and case discussions (src/ui/trainer/, lazily loaded); it reads its own ?fra=…&til=….
  trening: (rest) => ({ name: 'trainer', rest }),
  // The accessibility and privacy statements (src/ui/about/, lazily loaded): #/om/tilgjengelighet, #/om/personvern.
  om: (rest) => ({ name: 'about', page: rest[0] }),
};

export const SETTINGS_HREF = '#/innstillinger';
export const TRAINER_HREF = '#/trening';
export const ABOUT_A11Y_HREF = '#/om/tilgjengelighet';
export const ABOUT_PRIVACY_HREF = '#/om/personvern';

/** `#/barn` or `?flow=barn` opens a flow; `#/innstillinger` and the other PAGES open a page; anything else is the start page. */
export function parseRoute(loc: Pick<Location, 'hash' | 'search'>): Route {
  const segments = /^#\/([^?#]*)/.exec(loc.hash)?.[1]?.split('/').filter(Boolean) ?? [];
  const [first, ...rest] = segments;
  if (first !== undefined && Object.hasOwn(PAGES, first)) return PAGES[first]!(rest);
  const fromHash = first !== undefined && /^[a-z0-9][a-z0-9-]*$/.test(first) ? first : undefined;
  const fromQuery = new URLSearchParams(loc.search).get('flow');
  const id = fromHash ?? (fromQuery && /^[a-z0-9][a-z0-9-]*$/.test(fromQuery) && !Object.hasOwn(PAGES, fromQuery) ? fromQuery : undefined);
  return id ? { name: 'flow', id } : { name: 'start' };
}

/**
 * A page opened by an in-app link from a walk keeps the walk's flow id in its history entry
 * ({walk: 'barn'}), so the page can offer the way back to it: the browser's Back, which brings back
 * the step, the outcome, the notes and the draft (a new visit to #/barn would not). A page typed in,
 * opened from the start page or in a new tab has no walk behind it.
 */
interface WalkBehind {
  walk: string;
}

/** The flow id of the walk this history entry was opened from, or undefined. */
export function walkBehind(state: unknown = window.history.state): string | undefined {
  const walk = state && typeof state === 'object' ? (state as Partial<WalkBehind>).walk : undefined;
  return typeof walk === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(walk) ? walk : undefined;
}

export function useRoute(): { route: Route; goStart: () => void } {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location));
  // A page opened by an in-app link is shown from its top: a choice low on the start page showed the
  // walk scrolled down. After the new page is rendered, before its frame (see showFromTop).
  const fromTheTop = useRef(false);
  useLayoutEffect(() => {
    if (!fromTheTop.current) return;
    fromTheTop.current = false;
    showFromTop();
  }, [route]);
  useEffect(() => {
    // The same route keeps its object, so nothing re-renders for it.
    const update = () => setRoute((now) => {
      const next = parseRoute(window.location);
      return JSON.stringify(next) === JSON.stringify(now) ? now : next;
    });
    // A plain click on an in-app link (#/…) changes the route in the click itself, instead of
    // waiting for the browser's hashchange task: the next page is painted in the tap's own frame.
    // The address and history are the same as with a normal hash link.
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = e.target instanceof Element ? e.target.closest('a') : null;
      const href = link?.getAttribute('href');
      if (!link || !href?.startsWith('#/') || (link.target && link.target !== '_self') || href === window.location.hash) return;
      e.preventDefault();
      const here = parseRoute(window.location);
      window.history.pushState(here.name === 'flow' ? ({ walk: here.id } satisfies WalkBehind) : null, '', href);
      fromTheTop.current = true;
      update();
    };
    window.addEventListener('hashchange', update);
    window.addEventListener('popstate', update);
    document.addEventListener('click', onClick);
    // The address may have changed between the first render and now, with no listener to hear it:
    // the app's first render is a transition (src/boot.tsx), and a tap on a choice of the static
    // start page while it ran went to #/voksen but left the app on the start page. Catch up.
    update();
    return () => {
      window.removeEventListener('hashchange', update);
      window.removeEventListener('popstate', update);
      document.removeEventListener('click', onClick);
    };
  }, []);
  const goStart = useCallback(() => {
    // Keep ?profil=… (a profile being tested) but drop the route.
    const params = new URLSearchParams(window.location.search);
    params.delete('flow');
    const query = params.toString();
    window.history.pushState(null, '', window.location.pathname + (query ? `?${query}` : ''));
    setRoute({ name: 'start' });
  }, []);
  return { route, goStart };
}
