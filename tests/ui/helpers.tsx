import { cleanup, render } from '@testing-library/react';
import { onTestFinished, vi } from 'vitest';
import { buildCatalog, type CompiledFlow } from '../../src/engine/authoring';
import { prepare, startWalk, step, viewWalk, type Lang, type Runnable, type WalkView } from '../../src/engine/index';
import { loadProject } from '../../src/node/project';
import { loadProfiles, profileAssets } from '../../src/node/profiles';
import { HttpError, type ProfileCatalog, type ProfileSource } from '../../src/ui/profiles/source';
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

/** The child flow's long «signs» checklist (after «Nei» on the first question) and its option values. */
export function signsChecklist(): { view: WalkView; values: string[] } {
  const r = runnable('barn');
  const view = viewWalk(r, step(r, startWalk(r), { type: 'ANSWER', value: 'no' }));
  return { view, values: view.node.kind === 'question' ? (view.node.options ?? []).map((o) => o.value) : [] };
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

/**
 * The contact profiles in flows/profiles as the build serves them (/flows/profiles/…), in memory.
 * `files` are other same-origin files by path (profiles someone is testing via ?profil=…).
 */
export function memoryProfileSource(opts: { files?: Record<string, string>; defaultId?: string } = {}): ProfileSource & { requests: string[] } {
  const { profiles, problems } = loadProfiles();
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new Error(`profiles have errors: ${errors.map((e) => e.message).join('; ')}`);
  const built = profileAssets(profiles, opts.defaultId ?? 'national');
  const requests: string[] = [];
  return {
    requests,
    catalog: async () => JSON.parse(built.get('index.json')!) as ProfileCatalog,
    profile: async (file) => {
      const body = built.get(file);
      if (body === undefined) throw new HttpError(file, 404);
      return JSON.parse(body);
    },
    text: async (url) => {
      requests.push(url);
      const path = new URL(url).pathname;
      const body = path.startsWith('/flows/profiles/') ? built.get(path.slice('/flows/profiles/'.length)) : opts.files?.[path];
      if (body === undefined) throw new HttpError(url, 404);
      return { text: body, contentType: path.endsWith('.json') ? 'application/json' : 'text/yaml' };
    },
  };
}

/** Render the app at /<search><hash>; `state` is the history entry's state (a reload keeps it). */
export function renderApp(
  opts: { lang?: Lang; source?: FlowSource; profileSource?: ProfileSource; hash?: string; search?: string; state?: unknown; now?: Date } = {},
) {
  window.history.replaceState(opts.state ?? null, '', `/${opts.search ?? ''}${opts.hash ?? ''}`);
  const i18n = createI18n(opts.lang ?? 'nb');
  const now = opts.now ?? FIXED_NOW;
  const utils = render(<App i18n={i18n} source={opts.source ?? memorySource()} profileSource={opts.profileSource ?? memoryProfileSource()} now={() => now} />);
  return { ...utils, i18n };
}

export async function resetBrowserState(): Promise<void> {
  // A Back at the end of the last test may still be on its way through jsdom's history (two queued
  // timer tasks): let it land now, while no app listens for popstate, or it would move this test's app.
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  sessionStorage.clear();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
}

/**
 * The browser's idle moments come at once in this test, so the app's warm-up (src/ui/App.tsx) runs
 * within it. Undone when the test ends, after the app has unmounted (it cancels its idle callbacks).
 */
export function idleMomentsAtOnce(): void {
  vi.stubGlobal('requestIdleCallback', (fn: () => void) => setTimeout(fn, 0));
  vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
  onTestFinished(() => {
    cleanup();
    vi.unstubAllGlobals();
  });
}

/** The headings of the painted copies of rehearsed steps (src/ui/walk/rehearseRender.tsx) added from now on. */
export function watchPaintedCopies(): { headings: string[]; stop: () => void } {
  const headings: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof HTMLElement && n.className === 'rehearsal-painted') headings.push(n.querySelector('h1')?.textContent ?? '');
  });
  observer.observe(document.body, { childList: true });
  return { headings, stop: () => observer.disconnect() };
}
