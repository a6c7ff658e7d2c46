import { render } from '@testing-library/react';
import { buildCatalog, type CompiledFlow } from '../../src/engine/authoring';
import { prepare, type Lang, type Runnable } from '../../src/engine/index';
import { loadProject } from '../../src/node/project';
import { createI18n } from '../../src/i18n/index';
import { App } from '../../src/ui/App';
import type { FlowSource } from '../../src/ui/walk/source';

let compiled: CompiledFlow[] | undefined;

/** The real flows, compiled from flows/ with the authoring API (tests only; never in the browser). */
export function compiledFlows(): CompiledFlow[] {
  if (!compiled) {
    const project = loadProject();
    const errors = project.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) throw new Error(`flows have errors: ${errors.map((e) => e.message).join('; ')}`);
    compiled = project.compiled;
  }
  return compiled;
}

export function flow(id: string): CompiledFlow {
  const f = compiledFlows().find((x) => x.id === id);
  if (!f) throw new Error(`no flow ${id}`);
  return f;
}

export function runnable(id: string): Runnable {
  return prepare(flow(id));
}

export function memorySource(flows: CompiledFlow[] = compiledFlows()): FlowSource {
  return {
    catalog: async () => buildCatalog(flows),
    flow: async (id, version) => {
      const f = flows.find((x) => x.id === id && x.version === version);
      if (!f) throw new Error(`no ${id} ${version}`);
      return f;
    },
  };
}

export const FIXED_NOW = new Date('2026-12-03T13:45:00+01:00');

/** Render the app at /<hash>; `state` is the history entry's state (a reload keeps it). */
export function renderApp(opts: { lang?: Lang; source?: FlowSource; hash?: string; state?: unknown } = {}) {
  window.history.replaceState(opts.state ?? null, '', `/${opts.hash ?? ''}`);
  const i18n = createI18n(opts.lang ?? 'nb');
  const utils = render(<App i18n={i18n} source={opts.source ?? memorySource()} now={() => FIXED_NOW} />);
  return { ...utils, i18n };
}

export function resetBrowserState(): void {
  sessionStorage.clear();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
}
