/**
 * The e2e harness. The app is built once per test run (tests/e2e/global-setup.ts); each e2e file
 * serves that build on 127.0.0.1 with the production security headers and drives Debian's Chromium:
 *
 *   const e2e = useE2E();
 *   it('…', async () => {
 *     const { page, console } = await e2e().newPage({ viewport: { width: 360, height: 740 } });
 *     await page.goto(e2e().url('/'));
 *     await axeCheck(page);
 *   });
 *
 * Pages are closed after each test. Nothing is skipped: without Chromium every test fails and says
 * how to install it.
 */
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { launchChromium, openPage, type E2EPage } from './browser';
import { serveStatic, type StaticServer } from './server';

export { axeCheck, AXE_TAGS, CHROMIUM_FLAGS, CHROMIUM_PATH, launchChromium, openPage, PHONE, requireChromium, restyled, type ConsoleEntry, type E2EPage } from './browser';
export { securityHeaders, serveStatic } from './server';

declare module 'vitest' {
  interface ProvidedContext {
    /** The folder the e2e global setup built the app into. */
    e2eBuildDir: string;
  }
}

export interface E2E {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** The build folder being served. */
  buildDir: string;
  browser: Browser;
  url(path?: string): string;
  newPage(opts?: BrowserContextOptions): Promise<E2EPage>;
}

/** Registers the hooks that serve the build and launch Chromium for this file; call the result inside tests. */
export function useE2E(): () => E2E {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let current: E2E | undefined;
  let failure: unknown;
  const open: E2EPage[] = [];

  // A setup failure (no Chromium, say) is kept and thrown by every test, so each one fails with the
  // reason rather than being reported as skipped.
  beforeAll(async () => {
    try {
      await start();
    } catch (e) {
      failure = e;
    }
  });

  async function start(): Promise<void> {
    const buildDir = inject('e2eBuildDir');
    if (!buildDir) throw new Error('no build: run e2e tests through vitest (the "e2e" project builds the app in its globalSetup)');
    browser = await launchChromium();
    server = await serveStatic(buildDir);
    const b = browser;
    const origin = server.url;
    current = {
      origin,
      buildDir,
      browser: b,
      url: (path = '/') => origin + path,
      newPage: async (opts) => {
        const p = await openPage(b, opts);
        open.push(p);
        return p;
      },
    };
  }

  afterEach(async () => {
    await Promise.all(open.splice(0).map((p) => p.close().catch(() => undefined)));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return () => {
    if (failure) throw failure;
    if (!current) throw new Error('the e2e harness did not start');
    return current;
  };
}
