import { CATALOG_FILE, PUBLISHER_FILE, compiledFileName, versionForNewWalks, type CompiledFlow, type FlowCatalog, type Problem } from '../../engine/index';
import { osloTime } from '../../engine/profiles/oslo-time';
import type { Publisher } from '../../schema/publisher';
import { scenarioLibraryFile, type ScenarioLibrary } from '../trainer/library';

/** Where the app gets flows from: over HTTP in the browser, from flows/ compiled in memory in tests. */
export interface FlowSource {
  catalog(): Promise<FlowCatalog>;
  flow(id: string, version: string): Promise<CompiledFlow>;
  /** The practice mode's vignettes for a flow (/flows/<id>/scenarios.json); optional for sources without them. */
  scenarios?(id: string): Promise<ScenarioLibrary>;
  /** Who publishes the site (/flows/publisher.json), or undefined when none is published; optional for sources without one. */
  publisher?(): Promise<Publisher | undefined>;
}

/** The flows have errors: the dev server answered 500 with {problems}. Shown with file:line, never a blank page. */
export class FlowProblemsError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`${problems.length} problem(s) in the flows`);
  }
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) {
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      body = undefined;
    }
    if (body && typeof body === 'object' && Array.isArray((body as { problems?: unknown }).problems)) {
      throw new FlowProblemsError((body as { problems: Problem[] }).problems);
    }
    throw new Error(`${url}: HTTP ${res.status}`);
  }
  return (await res.json()) as T;
}

/** Same origin only: /flows/index.json and /flows/<id>/<version>.json, served by the flows Vite plugin. */
export function httpSource(base: string = import.meta.env.BASE_URL ?? '/'): FlowSource {
  const root = `${base.endsWith('/') ? base : `${base}/`}flows/`;
  return {
    catalog: () => getJson<FlowCatalog>(root + CATALOG_FILE),
    flow: (id, version) => getJson<CompiledFlow>(root + compiledFileName(id, version)),
    scenarios: (id) => getJson<ScenarioLibrary>(root + scenarioLibraryFile(id)),
    publisher: async () => {
      // `null`: no publisher yet. A 404 says the same (flows compiled before publisher.json existed).
      const res = await fetch(root + PUBLISHER_FILE, { credentials: 'same-origin' });
      if (res.status === 404) return undefined;
      if (!res.ok) throw new Error(`${root}${PUBLISHER_FILE}: HTTP ${res.status}`);
      return ((await res.json()) as Publisher | null) ?? undefined;
    },
  };
}

/** The version new walks start on today (engine: versionForNewWalks). */
export function newestVersion(entry: FlowCatalog['flows'][number], now: Date = new Date()): string | undefined {
  return versionForNewWalks(entry, osloTime(now).date);
}
