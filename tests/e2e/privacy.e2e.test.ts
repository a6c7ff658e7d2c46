// Privacy in a real browser: what a user writes about a person (notes, the bekymringsmelding helper)
// is stored nowhere — not in localStorage, sessionStorage, IndexedDB, Cache Storage or cookies — and
// is sent nowhere; «Tøm alt» empties the walk record and the fields.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import nb from '../../src/i18n/nb';
import { useE2E } from './harness';
import { scenarioFlow, scenarioFor, walkFromStart } from './scenarios';

const e2e = useE2E();
const MARKER = 'MARKER-Kari-Nordmann-12345';
const WALK_KEY = 'tiltakskort.walk'; // src/ui/walk/storage.ts
const REPORT_FIELDS = ['person', 'why', 'seen', 'contact', 'done', 'guardians'] as const; // src/ui/BekymringsmeldingHelper.tsx

interface StoredEverywhere {
  localStorage: Record<string, string>;
  sessionStorage: Record<string, string>;
  indexedDB: { db: string; store: string; dump: string }[];
  caches: { cache: string; url: string; body: string }[];
}

/** Everything the origin has stored, as text (IndexedDB records and cached bodies included). */
async function storedEverywhere(page: Page): Promise<StoredEverywhere> {
  return page.evaluate(async () => {
    const dumpStorage = (s: Storage) => Object.fromEntries(Object.keys(s).map((k) => [k, s.getItem(k) ?? '']));
    const asText = async (v: unknown): Promise<string> => {
      if (v instanceof Blob) return v.text();
      if (v instanceof Response) return v.clone().text();
      if (v instanceof ArrayBuffer || ArrayBuffer.isView(v)) return new TextDecoder().decode(v as ArrayBuffer);
      if (Array.isArray(v)) return (await Promise.all(v.map(asText))).join('\n');
      if (v && typeof v === 'object') return (await Promise.all(Object.entries(v).map(async ([k, x]) => `${k}: ${await asText(x)}`))).join('\n');
      return String(v);
    };
    const idb: { db: string; store: string; dump: string }[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open(info.name as string);
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      for (const store of [...db.objectStoreNames]) {
        const [keys, values] = await Promise.all(
          (['getAllKeys', 'getAll'] as const).map(
            (m) =>
              new Promise<unknown[]>((ok, fail) => {
                const req = db.transaction(store, 'readonly').objectStore(store)[m]();
                req.onsuccess = () => ok(req.result as unknown[]);
                req.onerror = () => fail(req.error);
              }),
          ),
        );
        idb.push({ db: info.name, store, dump: `${await asText(keys)}\n${await asText(values)}` });
      }
      db.close();
    }
    const cached: { cache: string; url: string; body: string }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) {
        const res = await cache.match(req);
        cached.push({ cache: name, url: req.url, body: res ? await res.text() : '' });
      }
    }
    return { localStorage: dumpStorage(localStorage), sessionStorage: dumpStorage(sessionStorage), indexedDB: idb, caches: cached };
  });
}

const containsMarker = (x: unknown) => JSON.stringify(x).includes(MARKER);

describe('privacy', () => {
  it('notes and the bekymringsmelding helper are stored nowhere and sent nowhere; «Tøm alt» empties them', async () => {
    const { page, context } = await e2e().newPage({ viewport: { width: 1280, height: 800 } });
    // Every request the context makes, with its body.
    const sent: { url: string; method: string; body: string; headers: string }[] = [];
    context.on('request', (r) => sent.push({ url: r.url(), method: r.method(), body: r.postData() ?? '', headers: JSON.stringify(r.headers()) }));

    const scenario = scenarioFor('barn', 'bekymringsmelding');
    const flow = await scenarioFlow(e2e().origin, scenario);
    await page.goto(e2e().url('/'), { waitUntil: 'networkidle' });
    await walkFromStart(page, flow, scenario);

    // No field a user writes in is handed to the browser's spell check, which may be an online
    // service (Chrome's enhanced spell check, Edge's Microsoft Editor).
    const fields = page.locator('main textarea:not([readonly]), main input[type="text"]');
    expect(await fields.count()).toBeGreaterThan(REPORT_FIELDS.length);
    expect(await fields.evaluateAll((els) => els.filter((el) => (el as HTMLElement).spellcheck).map((el) => el.id))).toEqual([]);

    // Write the marker everywhere a user can write.
    await page.getByLabel(nb.notes.field.label, { exact: true }).fill(`Notat: ${MARKER}`);
    for (const f of REPORT_FIELDS) await page.getByLabel(nb.report.field[f], { exact: true }).fill(`${f}: ${MARKER}`);
    // It did reach the app: the summary shows the notes.
    expect(await page.getByTestId('summary-text').textContent()).toContain(MARKER);
    // Give the page (and the service worker) time to store or send anything it would.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);

    const stored = await storedEverywhere(page);
    if (process.env.E2E_VERBOSE) console.log(`privacy: ${stored.indexedDB.length} IndexedDB stores, ${stored.caches.length} cached responses, ${sent.length} requests`);
    expect(containsMarker(stored.localStorage), JSON.stringify(stored.localStorage)).toBe(false);
    expect(containsMarker(stored.sessionStorage), JSON.stringify(stored.sessionStorage)).toBe(false);
    expect(stored.indexedDB.filter((x) => x.dump.includes(MARKER)).map((x) => `${x.db}/${x.store}`)).toEqual([]);
    expect(stored.caches.filter((x) => x.body.includes(MARKER) || x.url.includes(MARKER)).map((x) => `${x.cache}: ${x.url}`)).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.filter((r) => r.url.includes(MARKER) || r.body.includes(MARKER) || r.headers.includes(MARKER)).map((r) => `${r.method} ${r.url}`)).toEqual([]);
    expect(sent.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.url}`), 'only GETs').toEqual([]);
    // What is kept for a reload is the walk record: answer ids, pinned to the flow.
    const record = JSON.parse(stored.sessionStorage[WALK_KEY] ?? 'null') as { flow?: string } | null;
    expect(record?.flow).toBe('barn');

    // «Tøm alt»: the walk record goes, the fields are emptied, and we are back at the start.
    await page.getByRole('button', { name: nb.clear.button.aria }).click();
    await page.getByRole('heading', { level: 1, name: nb.start.heading.title }).waitFor();
    const after = await storedEverywhere(page);
    expect(Object.keys(after.sessionStorage).filter((k) => k.startsWith('tiltakskort.'))).toEqual([]);
    expect(containsMarker(after)).toBe(false);
    expect(await page.evaluate((m) => document.documentElement.outerHTML.includes(m), MARKER)).toBe(false);

    // Walking to the same outcome again shows empty fields: nothing was kept in memory either.
    await walkFromStart(page, flow, scenario);
    expect(await page.getByLabel(nb.notes.field.label, { exact: true }).inputValue()).toBe('');
    for (const f of REPORT_FIELDS) expect(await page.getByLabel(nb.report.field[f], { exact: true }).inputValue(), f).toBe('');
    expect(await page.getByTestId('summary-text').textContent()).not.toContain(MARKER);

    // Control: the checks above do see the marker where it is put (so they cannot pass by looking nowhere).
    await page.evaluate(async (m) => {
      localStorage.setItem('control', m);
      sessionStorage.setItem('control', m);
      await new Promise<void>((ok, fail) => {
        const req = indexedDB.open('control-db', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('s').put({ text: m, blob: new Blob([m]) }, 'k');
        req.onsuccess = () => (req.result.close(), ok());
        req.onerror = () => fail(req.error);
      });
      await (await caches.open('control-cache')).put('/control', new Response(m));
    }, MARKER);
    const control = await storedEverywhere(page);
    expect(containsMarker(control.localStorage) && containsMarker(control.sessionStorage)).toBe(true);
    expect(control.indexedDB.filter((x) => x.dump.includes(MARKER)).map((x) => `${x.db}/${x.store}`)).toEqual(['control-db/s']);
    expect(control.caches.filter((x) => x.body.includes(MARKER)).map((x) => x.cache)).toEqual(['control-cache']);
  });
});
