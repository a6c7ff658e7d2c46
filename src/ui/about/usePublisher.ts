import { useEffect, useState } from 'react';
import type { Publisher } from '../../schema/publisher';
import type { FlowSource } from '../walk/source';

/** Who publishes the site, as far as the app could find out: it is fetched, so it can be missing or unreachable. */
export type PublisherState = { state: 'loading' } | { state: 'none' } | { state: 'unavailable' } | { state: 'found'; publisher: Publisher };

/**
 * /flows/publisher.json, fetched when a statement opens: it is the publishing municipality's, kept
 * with the flows so it can be changed without a new build. Offline, the service worker answers from
 * its cache; with no copy there the statement says it could not be fetched, not that there is none.
 */
export function usePublisher(source: FlowSource): PublisherState {
  const [state, setState] = useState<PublisherState>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    const settle = (next: PublisherState): void => {
      if (live) setState(next);
    };
    if (!source.publisher) settle({ state: 'none' });
    else source.publisher().then((publisher) => settle(publisher ? { state: 'found', publisher } : { state: 'none' }), () => settle({ state: 'unavailable' }));
    return () => {
      live = false;
    };
  }, [source]);
  return state;
}
