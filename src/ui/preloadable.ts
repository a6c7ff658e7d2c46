import { useEffect, useState } from 'react';

/**
 * A module loaded on demand that can also be fetched ahead of need and then rendered at once.
 * React.lazy would suspend for one render even when the code is already here; this does not, so a
 * tap on a start choice after the code was preloaded paints the first question in the same frame.
 */
export interface Preloadable<M> {
  load(): Promise<M>;
  /** The module, if it has loaded. */
  get(): M | undefined;
}

export function preloadable<M>(importer: () => Promise<M>): Preloadable<M> {
  let mod: M | undefined;
  let pending: Promise<M> | undefined;
  return {
    load() {
      pending ??= importer().then(
        (m) => (mod = m),
        (e: unknown) => {
          pending = undefined; // a failed chunk (offline, new deploy) can be retried
          throw e;
        },
      );
      return pending;
    },
    get: () => mod,
  };
}

export type ModuleState<M> = { status: 'ready'; module: M } | { status: 'loading' } | { status: 'error'; message: string; retry: () => void };

/** The module now if it is here, otherwise load it and re-render when it arrives (or failed). */
export function useModule<M>(p: Preloadable<M>): ModuleState<M> {
  const [attempt, setAttempt] = useState(0);
  const [, setLoaded] = useState<M | undefined>(p.get);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (p.get()) return;
    let live = true;
    p.load().then(
      (m) => live && setLoaded(() => m),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [p, attempt]);
  const mod = p.get();
  if (mod) return { status: 'ready', module: mod };
  if (error !== undefined)
    return {
      status: 'error',
      message: error,
      retry: () => {
        setError(undefined);
        setAttempt((n) => n + 1);
      },
    };
  return { status: 'loading' };
}
