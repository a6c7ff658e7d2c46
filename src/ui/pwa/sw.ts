/// <reference lib="webworker" />
/**
 * The service worker, built by vite-plugin-pwa (injectManifest) to /sw.js. It makes the app work
 * without a network after the first visit, and takes no decision the user has not asked for.
 *
 * What is cached (Cache Storage, this origin only — the app and the routines, never anything about a
 * person or a walk):
 * - The precache (`workbox-precache-…`): the build's index.html, scripts, styles, icons, web manifest,
 *   and every compiled flow version, scenario library and contact profile under /flows/ (the list and
 *   revisions are injected at build time into the precache manifest (see `manifest` below)). Scripts, styles and index.html are
 *   served from here, so the app the user has is the app they keep until they tap «Oppdater».
 * - `tiltakskort-flows`: what /flows/* answered over the network, and a copy of every precached flow
 *   version (see `keepFlowVersions`).
 *
 * /flows/* is network-first (a municipality republishes flows without a new build, and an open app
 * must pick them up): the network answer wins when it comes within NETWORK_TIMEOUT_MS; offline, on a
 * timeout or a 5xx, the newest cached copy is served (runtime or precache, by the Date header).
 *
 * A walk in progress keeps its flow version across an update. The app pins a walk to flow id, version
 * and content hash (in sessionStorage, which a service worker cannot read) and fetches
 * /flows/<id>/<version>.json again after a reload. Version files never change in place once published
 * (flows/published.lock.json), so we simply never delete one: every version the app fetched, and every
 * version any build of this worker precached, is kept in `tiltakskort-flows`, which nothing prunes.
 * The precache drops files a newer build no longer lists when that build activates, but by then this
 * worker has copied its versions across on activation, so the one a walk is pinned to is still there
 * offline. Versions are a few tens of kB, so keeping them all costs little; a new walk starts on the
 * newest version in the catalog anyway. (Online the server decides: a version it no longer lists ends
 * the walk with the app's clear "version gone" message, never a half-walk.)
 *
 * Updates: a new worker installs in the background and waits. The page shows «En ny versjon er klar»
 * and sends SKIP_WAITING only when the user taps «Oppdater» (src/ui/pwa/register.ts); nothing here
 * reloads a page. On the very first install the worker claims the open page, so the first visit is
 * already covered offline.
 */
import { clientsClaim } from 'workbox-core';
import { addRoute, createHandlerBoundToURL, matchPrecache, precache, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

/** Flows fetched over the network, and every flow version ever precached. Never pruned (above). */
const FLOWS_CACHE = 'tiltakskort-flows';
/** How long a flow request waits for the network before a cached copy is served instead. */
const NETWORK_TIMEOUT_MS = 4000;

const manifest = self.__WB_MANIFEST;
const scope = new URL(self.registration.scope);
const FLOWS_PATH = `${scope.pathname}flows/`;

/** /flows/<id>/<version>.json — a published version never changes in place. */
const isVersionFile = (url: URL): boolean => url.pathname.startsWith(FLOWS_PATH) && /^[a-z0-9][a-z0-9-]*\/\d[^/]*\.json$/.test(url.pathname.slice(FLOWS_PATH.length));

/** One cache entry per file: the URL without its query. */
const keyOf = (url: URL | string): string => {
  const u = new URL(url, self.location.href);
  return u.origin + u.pathname;
};

precache(manifest);

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first install takes the open page at once (so the first visit is covered offline). An update
// only becomes active on SKIP_WAITING, i.e. when the user taps «Oppdater».
clientsClaim();

self.addEventListener('activate', (event) => {
  event.waitUntil(keepFlowVersions());
});

/** Copies this build's precached flow versions into FLOWS_CACHE, where no later build deletes them. */
async function keepFlowVersions(): Promise<void> {
  const runtime = await caches.open(FLOWS_CACHE);
  for (const entry of manifest) {
    const url = new URL(typeof entry === 'string' ? entry : entry.url, self.location.href);
    if (!isVersionFile(url) || (await runtime.match(keyOf(url)))) continue;
    const res = await matchPrecache(url.href);
    if (res?.ok) await runtime.put(keyOf(url), res);
  }
}

const date = (res: Response): number => Date.parse(res.headers.get('Date') ?? '') || 0;

/** The newest cached copy of a flow file: the last network answer or the precached one. */
async function cached(key: string): Promise<Response | undefined> {
  const [runtime, pre] = await Promise.all([caches.open(FLOWS_CACHE).then((c) => c.match(key)), matchPrecache(key)]);
  if (runtime && pre) return date(pre) > date(runtime) ? pre : runtime;
  return runtime ?? pre;
}

async function fetchAndKeep(request: Request | string, key: string): Promise<Response> {
  const res = await fetch(request);
  if (res.ok) await (await caches.open(FLOWS_CACHE)).put(key, res.clone());
  return res;
}

/**
 * After a fresh catalog, fetch what it lists that no cache holds yet (a version or scenario library
 * republished without a new build), so it works offline too — not only what was opened.
 */
async function completeFrom(key: string): Promise<void> {
  const listed = await (await caches.open(FLOWS_CACHE)).match(key);
  if (!listed) return;
  const base = new URL(key);
  let files: string[] = [];
  try {
    if (base.pathname === `${FLOWS_PATH}index.json`) {
      const catalog = (await listed.json()) as { flows?: { id: string; versions?: { file?: string }[] }[] };
      for (const f of catalog.flows ?? []) {
        for (const v of f.versions ?? []) if (v.file) files.push(v.file);
        files.push(`${f.id}/scenarios.json`);
      }
      // Who publishes the site, for the accessibility statement offline (`null` until a municipality adds one).
      files.push('publisher.json');
    } else if (base.pathname === `${FLOWS_PATH}profiles/index.json`) {
      const profiles = (await listed.json()) as { profiles?: { file?: string }[] };
      files = (profiles.profiles ?? []).flatMap((p) => (p.file ? [`profiles/${p.file}`] : []));
    }
  } catch {
    return; // not the JSON we know: nothing to complete
  }
  await Promise.all(
    files.map(async (file) => {
      const url = new URL(file, base);
      if (!url.pathname.startsWith(FLOWS_PATH) || (await cached(keyOf(url)))) return;
      await fetchAndKeep(url.href, keyOf(url)).catch(() => undefined);
    }),
  );
}

// /flows/*: network-first with a cached fallback. Registered before the precache route, so it wins.
registerRoute(
  ({ url, request }) => url.origin === self.location.origin && url.pathname.startsWith(FLOWS_PATH) && request.method === 'GET',
  async ({ request, event }) => {
    const key = keyOf(request.url);
    const network = fetchAndKeep(request, key);
    event.waitUntil(network.then((res) => (res.ok ? completeFrom(key) : undefined)).catch(() => undefined));
    const timeout = new Promise<undefined>((done) => setTimeout(done, NETWORK_TIMEOUT_MS, undefined));
    try {
      const answer = await Promise.race([network, timeout]);
      // The server is reachable and answered: it decides (a 404 means the file is gone).
      if (answer && answer.status < 500) return answer;
      const copy = await cached(key);
      return copy ?? answer ?? network;
    } catch {
      // Offline.
      const copy = await cached(key);
      if (copy) return copy;
      throw new Error(`offline and not cached: ${key}`);
    }
  },
);

// Scripts, styles, icons and the manifest from the precache.
addRoute();

// Every navigation opens the precached app (it routes with #/…); files under /flows/ and /assets/ never do.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [new RegExp(`^${scope.pathname}(flows|assets)/`)] }));
