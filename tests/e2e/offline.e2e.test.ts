// Offline (issue "Fast, offline and safe to host", item 1): after one visit the service worker has
// the app and every flow, scenario and contact profile, so with the network gone — emulated offline
// AND the server stopped — the child flow walks to an outcome and the adult flow opens in English.
// And a new deployment is offered with «Oppdater», never reloaded by itself in the middle of a walk.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, type Dirent } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Plugin } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlowCatalog } from '../../src/engine/index';
import { aboutResources } from '../../src/i18n/about/index';
import { buildApp, removeBuild } from './build';
import { PHONE, serveStatic, useE2E } from './harness';
import type { StaticServer } from './server';
import { answer, appTookOver, atStep, goOn } from './walk';

const e2e = useE2E();

/** The worker is active (its activate step has finished) and controls this page. */
async function serviceWorkerReady(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 30_000 });
}

/**
 * Open the start page and let the app take over: for a first-time visitor it starts on the first
 * sign of use (src/main.tsx), and registers the service worker then.
 */
async function openApp(page: Page, url: string, reload = false): Promise<void> {
  if (reload) await page.reload({ waitUntil: 'load' });
  else await page.goto(url, { waitUntil: 'load' });
  await page.mouse.move(5, 5);
  await page.mouse.move(20, 20);
  await appTookOver(page);
}

/** Every file under /flows/ in a build folder, as URL paths. */
function flowFiles(dir: string): string[] {
  return (readdirSync(join(dir, 'flows'), { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((d) => d.isFile() && d.name.endsWith('.json'))
    .map((d) => `/${join(d.parentPath, d.name).slice(dir.length + 1).split('\\').join('/')}`)
    .sort();
}

describe('offline', () => {
  it('after the first visit the app, every flow and every language work with the network off', async () => {
    // Our own server, so that it can be stopped: offline for real, not only emulated in the page.
    const server = await serveStatic(e2e().buildDir);
    let stopped = false;
    try {
      const { page, context, console } = await e2e().newPage({ viewport: PHONE });
      await openApp(page, `${server.url}/`);
      await serviceWorkerReady(page);
      // The worker is set up only after the start page's first contentful paint, so its code and
      // the precache download never hold up showing the emergency numbers (src/ui/pwa/register.ts).
      const order = await page.evaluate(() => ({
        painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        workerCode: performance.getEntriesByType('resource').find((r) => r.name.includes('workbox-window'))?.startTime,
      }));
      expect(order.painted).toBeGreaterThan(0);
      expect(order.workerCode).toBeGreaterThan(order.painted ?? Infinity);

      await context.setOffline(true);
      await server.close();
      stopped = true;
      await openApp(page, '', true);

      // Every compiled flow, scenario library and contact profile is there without a network.
      const files = flowFiles(e2e().buildDir);
      expect(files).toEqual(expect.arrayContaining(['/flows/index.json', '/flows/barn/scenarios.json', '/flows/profiles/index.json']));
      const statuses = await page.evaluate(async (paths) => Promise.all(paths.map(async (p) => [p, (await fetch(p)).status] as const)), files);
      expect(statuses.filter(([, s]) => s !== 200)).toEqual([]);

      // The child flow, by what a user sees, to an outcome.
      await page.getByRole('link', { name: 'Jeg er bekymret for et barn' }).click();
      await atStep(page, 'Er barnet eller noen andre i fare akkurat nå?');
      await answer(page, 'Nei');
      await atStep(page, 'Hva har du lagt merke til hos barnet?');
      await page.getByRole('checkbox', { name: /^Problemer med søvn eller mat/ }).check();
      await goOn(page);
      await atStep(page, 'Har du sett, hørt eller fått fortalt noe som peker mot noe av dette?');
      await page.getByRole('checkbox', { name: /^Psykisk vold/ }).check();
      await goOn(page);
      await atStep(page, 'Snakk med barnet');
      await goOn(page);
      await atStep(page, 'Når barnet har fortalt');
      await goOn(page);
      await atStep(page, 'Nå som du vet mer: gjelder noe av dette barnet?');
      await goOn(page); // nothing checked
      await page.getByRole('heading', { level: 1, name: /^Har du grunn til å tro/ }).waitFor();
      await answer(page, 'Ja');
      await page.getByRole('heading', { level: 1, name: /^Er det sikkert eller mest sannsynlig/ }).waitFor();
      await answer(page, 'Nei');
      await atStep(page, 'Lever barnet med vold mellom voksne hjemme?');
      await answer(page, 'Nei');
      await page.getByRole('heading', { level: 1, name: /^Er det sendt melding om barnet før/ }).waitFor();
      await answer(page, 'Nei');
      await page.getByRole('heading', { level: 1, name: /^Kan foreldrene, andre foresatte eller noen barnet bor med være involvert/ }).waitFor();
      await answer(page, 'Usikker');
      await atStep(page, 'Mistenker du en ansatt, en frivillig eller en annen voksen utenfor familien?');
      await answer(page, 'Nei');
      // The outcome: the disposition's title (flows/vocabulary.yaml) and the actions in order.
      await atStep(page, 'Send bekymringsmelding');
      await page.getByRole('heading', { name: 'Dette gjør du – i denne rekkefølgen' }).waitFor();

      // Switch to English, still offline, and open the adult flow.
      await page.getByRole('button', { name: 'English' }).click();
      await page.goto(`${server.url}/#/`); // a fragment change: no request
      await page.getByRole('link', { name: 'I am worried about an adult' }).click();
      await atStep(page, 'Is anyone in danger right now?');
      await answer(page, 'No');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toBe('Is anyone in danger right now?');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

      // The statements and the trainer's lazily loaded pages too.
      await page.goto(`${server.url}/#/om/personvern`);
      await page.getByRole('heading', { level: 1, name: 'Privacy statement for Tiltakskort' }).waitFor();
      // The accessibility statement's feedback section answers from the cache too: none given yet (the
      // bundled flows have no publisher.yaml, so publisher.json is null), not «could not be fetched».
      await page.goto(`${server.url}/#/om/tilgjengelighet`);
      await page.getByText(aboutResources.en.about.a11y.feedback.missing).waitFor();
      await page.goto(`${server.url}/#/trening`);
      await page.getByRole('heading', { level: 1, name: 'For training' }).waitFor();

      // The static page's nynorsk copy, offline too: the worker answers with it (not index.html),
      // and the app starts from it in nynorsk.
      const nn = await page.goto(`${server.url}/nn.html`, { waitUntil: 'load' });
      expect(await nn?.text()).toContain('<html lang="nn">');
      await page.getByText('Vel det som passar best.').waitFor();

      const entries = await console.collect(page);
      expect(entries.filter((e) => e.type !== 'warning'), console.format()).toEqual([]);
    } finally {
      if (!stopped) await server.close();
    }
  });
});

/** The second build's change: barn's description in the catalog, as if a municipality had republished it. */
const CHANGED = ' (endret)';
function changeFlow(): Plugin {
  return {
    name: 'test-change-flow',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const asset = bundle['flows/index.json'];
      if (!asset || asset.type !== 'asset') throw new Error('flows/index.json is not in the bundle');
      const catalog = JSON.parse(String(asset.source)) as FlowCatalog;
      const barn = catalog.flows.find((f) => f.id === 'barn');
      if (!barn) throw new Error('no barn in the catalog');
      barn.description = { ...barn.description, nb: `${barn.description?.nb ?? ''}${CHANGED}` };
      asset.source = JSON.stringify(catalog);
    },
  };
}

describe('a new version', () => {
  let next = '';
  let site = '';
  let server: StaticServer | undefined;

  beforeAll(async () => {
    next = await buildApp(undefined, { plugins: [changeFlow()] });
    site = mkdtempSync(join(tmpdir(), 'tiltakskort-site-'));
  });
  afterAll(async () => {
    await server?.close();
    if (next) removeBuild(next);
    if (site) removeBuild(site);
  });

  /** Replace what the server serves, as `rsync -a --delete dist/ <webroot>/` would. */
  function deploy(from: string): void {
    for (const name of readdirSync(site)) rmSync(join(site, name), { recursive: true, force: true });
    cpSync(from, site, { recursive: true });
  }

  it('the second build differs only where the flow changed, and so does its service worker', () => {
    expect(readFileSync(join(next, 'flows/index.json'), 'utf8')).toContain(CHANGED);
    expect(readFileSync(join(next, 'sw.js'), 'utf8')).not.toBe(readFileSync(join(e2e().buildDir, 'sw.js'), 'utf8'));
  });

  it('is offered with «Oppdater» without a reload; the walk carries on after the user taps it', async () => {
    deploy(e2e().buildDir);
    server = await serveStatic(site);
    const { page, console } = await e2e().newPage({ viewport: PHONE });
    await openApp(page, `${server.url}/`);
    await serviceWorkerReady(page);
    await page.getByRole('link', { name: 'Jeg er bekymret for et barn' }).click();
    await atStep(page, 'Er barnet eller noen andre i fare akkurat nå?');
    await answer(page, 'Nei');
    await atStep(page, 'Hva har du lagt merke til hos barnet?');
    await page.evaluate(() => ((window as unknown as { before?: boolean }).before = true));

    // A new build is deployed; an open app finds it on its next check (here: now).
    deploy(next);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await page.getByText('En ny versjon er klar.').waitFor({ timeout: 30_000 });
    const update = page.getByRole('button', { name: 'Oppdater', exact: true });
    expect(await update.isVisible()).toBe(true);
    // Nothing reloaded by itself: the same page, still on the same step.
    expect(await page.evaluate(() => (window as unknown as { before?: boolean }).before)).toBe(true);
    await atStep(page, 'Hva har du lagt merke til hos barnet?');

    await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), update.click()]);
    expect(await page.evaluate(() => (window as unknown as { before?: boolean }).before)).toBeUndefined();
    // The walk resumed where it was, on its pinned version, and the prompt is gone.
    await atStep(page, 'Hva har du lagt merke til hos barnet?');
    expect(await page.getByText('En ny versjon er klar.').count()).toBe(0);
    const state = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return { waiting: r?.waiting ?? null, controlled: navigator.serviceWorker.controller !== null };
    });
    expect(state).toEqual({ waiting: null, controlled: true });
    // The new worker serves the republished catalog, also with the server gone.
    await server.close();
    server = undefined;
    const catalog = await page.evaluate(() => fetch('/flows/index.json').then((r) => r.json() as Promise<FlowCatalog>));
    expect(catalog.flows.find((f) => f.id === 'barn')?.description?.nb).toContain(CHANGED);
    const entries = await console.collect(page);
    expect(entries.filter((e) => e.type !== 'warning'), console.format()).toEqual([]);
  });
});
