import { useCallback, useEffect, useState } from 'react';
import type { FlowCatalog, Problem } from '../../engine/index';
import { FlowProblemsError, type FlowSource } from './source';

export type CatalogState =
  | { status: 'loading' }
  | { status: 'ready'; catalog: FlowCatalog }
  | { status: 'problems'; problems: Problem[] }
  | { status: 'error'; message: string };

/** Loads /flows/index.json once; the start page does not wait for it. */
export function useFlowCatalog(source: FlowSource): CatalogState & { reload: () => void } {
  const [state, setState] = useState<CatalogState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    source.catalog().then(
      (catalog) => live && setState({ status: 'ready', catalog }),
      (e: unknown) => {
        if (!live) return;
        if (e instanceof FlowProblemsError) setState({ status: 'problems', problems: e.problems });
        else setState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
      },
    );
    return () => {
      live = false;
    };
  }, [source, attempt]);
  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { ...state, reload };
}
