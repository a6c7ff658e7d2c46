import { useCallback, useEffect, useState } from 'react';

export type Route = { name: 'start' } | { name: 'flow'; id: string };

/** `#/barn` or `?flow=barn` opens a flow; anything else is the start page. */
export function parseRoute(loc: Pick<Location, 'hash' | 'search'>): Route {
  const fromHash = /^#\/([a-z0-9][a-z0-9-]*)/.exec(loc.hash)?.[1];
  const fromQuery = new URLSearchParams(loc.search).get('flow');
  const id = fromHash ?? (fromQuery && /^[a-z0-9][a-z0-9-]*$/.test(fromQuery) ? fromQuery : undefined);
  return id ? { name: 'flow', id } : { name: 'start' };
}

export function useRoute(): { route: Route; goStart: () => void } {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location));
    window.addEventListener('hashchange', update);
    window.addEventListener('popstate', update);
    return () => {
      window.removeEventListener('hashchange', update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  const goStart = useCallback(() => {
    window.history.pushState(null, '', window.location.pathname);
    setRoute({ name: 'start' });
  }, []);
  return { route, goStart };
}
