/**
 * Debian's Chromium driven by playwright-core, plus what the e2e tests and the benchmarks check on a
 * page: console errors and CSP violations, every request, and axe (WCAG 2.1 A/AA).
 */
import { AxeBuilder } from '@axe-core/playwright';
import axe from 'axe-core';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The launch flags that work on this machine and in CI (see /work/shared/design.md). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Fails loudly (never skips) when Chromium is not installed. */
export function requireChromium(): string {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: the end-to-end tests need Debian's Chromium. ` +
        'Install it with `apt-get install -y chromium` (.ci/run does this in CI), or set CHROMIUM_PATH.',
    );
  }
  return CHROMIUM_PATH;
}

export async function launchChromium(extraFlags: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(), headless: true, args: [...CHROMIUM_FLAGS, ...extraFlags] });
}

/** WCAG 2.0/2.1 level A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe on the page; throws with a readable list when anything is violated.
 *
 * A page without frames (the app) is checked in place: axe (the project's axe-core) is injected once
 * per document and `axe.run` is called directly, which is what AxeBuilder's legacy mode does, minus
 * re-injecting the script and opening a blank page for every check (≈ 0.15 s instead of ≈ 1.2 s, so
 * a walk can be checked on every step). A page with frames goes through AxeBuilder, frames and all.
 */
export async function axeCheck(page: Page, opts: { exclude?: string[] } = {}): Promise<void> {
  const exclude = opts.exclude ?? [];
  let violations: AxeViolation[];
  if (page.frames().length === 1) {
    violations = await axeInPage(page, exclude);
  } else {
    let builder = new AxeBuilder({ page, axeSource: axe.source }).withTags(AXE_TAGS);
    for (const sel of exclude) builder = builder.exclude(sel);
    violations = (await builder.analyze()).violations;
  }
  if (violations.length === 0) return;
  const lines = violations.map((v) => {
    const where = v.nodes
      .slice(0, 5)
      .map((n) => `      ${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ') ?? ''}`)
      .join('\n');
    return `  [${v.impact ?? '?'}] ${v.id}: ${v.help} (${v.nodes.length} element${v.nodes.length === 1 ? '' : 's'}) ${v.helpUrl}\n${where}`;
  });
  throw new Error(`axe found ${violations.length} WCAG 2.1 A/AA violation${violations.length === 1 ? '' : 's'} on ${page.url()}:\n${lines.join('\n')}`);
}

type AxeViolation = axe.Result;

async function axeInPage(page: Page, exclude: string[]): Promise<AxeViolation[]> {
  // Evaluated as strings: page.evaluate runs them outside the page's CSP, as AxeBuilder does.
  if (!(await page.evaluate('typeof window.axe?.run === "function"'))) {
    await page.evaluate(axe.source);
    await page.evaluate(`axe.configure({ allowedOrigins: ['<same_origin>'], branding: { application: 'playwright' } })`);
  }
  const res = await page.evaluate(
    async ({ tags, exclude }) => {
      const a = (window as unknown as { axe: typeof axe }).axe;
      try {
        const context = exclude.length > 0 ? { exclude: exclude.map((s) => [s]) } : document;
        const r = await a.run(context as axe.ElementContext, { runOnly: { type: 'tag', values: tags } });
        return { violations: r.violations, error: null };
      } catch (e) {
        return { violations: [], error: e instanceof Error ? e.message : String(e) };
      }
    },
    { tags: AXE_TAGS, exclude },
  );
  if (res.error) throw new Error(`axe could not run on ${page.url()}: ${res.error}`);
  return res.violations;
}

export interface ConsoleEntry {
  type: string;
  text: string;
  url?: string | undefined;
}

/**
 * Console errors and warnings, uncaught page errors and CSP violations (from the console and, when
 * JavaScript runs, from `securitypolicyviolation` events).
 */
export class ConsoleCollector {
  readonly entries: ConsoleEntry[] = [];

  constructor(page: Page) {
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') this.entries.push({ type: m.type(), text: m.text(), url: m.location().url || undefined });
    });
    page.on('pageerror', (e) => this.entries.push({ type: 'pageerror', text: e.stack ?? e.message }));
  }

  /** Reported by the console ("Refused to … because it violates the following Content Security Policy …"). */
  get cspViolations(): ConsoleEntry[] {
    return this.entries.filter((e) => e.type === 'csp' || /Content Security Policy|Content-Security-Policy/i.test(e.text));
  }

  get errors(): ConsoleEntry[] {
    return this.entries.filter((e) => e.type !== 'warning');
  }

  /** Also pulls the violations the page recorded itself (see `watchCsp`). */
  async collect(page: Page): Promise<ConsoleEntry[]> {
    const seen = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => [] as string[]);
    for (const text of seen) if (!this.entries.some((e) => e.type === 'csp' && e.text === text)) this.entries.push({ type: 'csp', text });
    return this.entries;
  }

  format(entries = this.entries): string {
    return entries.map((e) => `  ${e.type}: ${e.text}${e.url ? ` (${e.url})` : ''}`).join('\n');
  }
}

/** Records `securitypolicyviolation` events in window.__csp from the first script on (JavaScript on only). */
export async function watchCsp(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __csp?: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp?.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
}

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
}

/** Every request the context makes (pages, workers, service workers). */
export class RequestRecorder {
  readonly requests: RecordedRequest[] = [];

  constructor(context: BrowserContext) {
    context.on('request', (r) => this.requests.push({ url: r.url(), method: r.method(), resourceType: r.resourceType() }));
  }

  /** Requests to anywhere but `origin` (data: and blob: URLs stay in the page and are not counted). */
  foreign(origin: string): RecordedRequest[] {
    return this.requests.filter((r) => !/^(data|blob):/.test(r.url) && new URL(r.url).origin !== origin);
  }
}

export interface E2EPage {
  page: Page;
  context: BrowserContext;
  console: ConsoleCollector;
  requests: RequestRecorder;
  close(): Promise<void>;
}

/** The phone the tests and the bench use: a small Android screen, in CSS pixels (the pages' default). */
export const PHONE = { width: 360, height: 740 } as const;

/** A page in a fresh context (needed by @axe-core/playwright), with its collectors attached. */
export async function openPage(browser: Browser, opts: BrowserContextOptions = {}): Promise<E2EPage> {
  const context = await browser.newContext({ viewport: PHONE, locale: 'nb-NO', timezoneId: 'Europe/Oslo', ...opts });
  const requests = new RequestRecorder(context);
  if (opts.javaScriptEnabled !== false) await watchCsp(context);
  const page = await context.newPage();
  const consoleCollector = new ConsoleCollector(page);
  return { page, context, console: consoleCollector, requests, close: () => context.close() };
}

/**
 * Adds a user style to every document the page loads (the static start page too), before any script —
 * as a browser's text-size setting or a text-spacing bookmarklet does. Pair it with `bypassCSP`: the
 * user's style stands above the page's `style-src 'self'`.
 */
export async function restyled(page: Page, css: string): Promise<void> {
  await page.addInitScript((rules: string) => {
    const add = () => {
      const style = document.createElement('style');
      style.textContent = rules;
      document.head.append(style);
    };
    if (document.head) add();
    else document.addEventListener('DOMContentLoaded', add, { once: true });
  }, css);
}
