// The first screen in a real browser: emergency numbers and the three choices, on a phone and a
// laptop, with and without JavaScript, and clean for axe (WCAG 2.1 A/AA).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeCheck, PHONE, useE2E } from './harness';
import { appTookOver } from './walk';

const e2e = useE2E();

const CHOICES = ['Jeg er bekymret for et barn', 'Jeg er bekymret for en voksen', 'Noen bruker vold'] as const;
const VIEWPORTS = [
  PHONE,
  { width: 1280, height: 800 },
];

async function expectStartPage(page: Page): Promise<void> {
  const call112 = page.locator('a[href="tel:112"]');
  expect(await call112.count()).toBeGreaterThan(0);
  expect(await call112.first().isVisible()).toBe(true);
  expect(await page.getByRole('link', { name: /112/ }).first().isVisible()).toBe(true);
  for (const name of CHOICES) {
    const link = page.getByRole('link', { name });
    expect(await link.count(), name).toBe(1);
    expect(await link.isVisible(), name).toBe(true);
  }
  expect(await page.getByRole('heading', { level: 1, name: 'Hva er du bekymret for?' }).isVisible()).toBe(true);
}

describe('start page', () => {
  for (const viewport of VIEWPORTS) {
    it(`shows 112 as a tel: link and the three choices at ${viewport.width}×${viewport.height}, axe clean`, async () => {
      const { page, console } = await e2e().newPage({ viewport });
      await page.goto(e2e().url('/'), { waitUntil: 'networkidle' });
      // Before anyone uses it, the start page is the static HTML and loads no app code.
      await expectStartPage(page);
      expect(await page.locator('.start-choices a[data-flow]').count()).toBe(0);
      await axeCheck(page);
      const places = () => page.evaluate(() => ['nav.emergency a', '.call-button', '.start-choices a'].map((s) => document.querySelector(s)?.getBoundingClientRect().top));
      const before = await places();
      // The first touch or key starts the app, which replaces it.
      await page.mouse.move(10, 10);
      await appTookOver(page);
      // Nothing moves when it does: a finger aiming at 112 or at a choice still lands on it.
      expect(await places()).toEqual(before);
      await expectStartPage(page);
      // 112 is on the first screen, not below the fold.
      const box = await page.locator('a[href="tel:112"]').first().boundingBox();
      expect(box && box.y + box.height <= viewport.height).toBe(true);
      await axeCheck(page);
      const entries = await console.collect(page);
      expect(entries, console.format()).toEqual([]);
    });
  }

  it('the static page\'s language links are readable before the app starts: white on the header, the current one inverted', async () => {
    const { page } = await e2e().newPage({ viewport: PHONE });
    await page.goto(e2e().url('/'), { waitUntil: 'networkidle' });
    const colours = await page.locator('.lang-switch a').evaluateAll((links) =>
      links.map((a) => {
        const s = getComputedStyle(a);
        return { text: a.textContent, color: s.color, background: s.backgroundColor };
      }),
    );
    expect(colours).toEqual([
      { text: 'Bokmål', color: 'rgb(10, 75, 131)', background: 'rgb(255, 255, 255)' },
      { text: 'Nynorsk', color: 'rgb(255, 255, 255)', background: 'rgba(0, 0, 0, 0)' },
      { text: 'English', color: 'rgb(255, 255, 255)', background: 'rgba(0, 0, 0, 0)' },
    ]);
  });

  it('marks drawn by CSS (the choices\' arrow) are not part of the names a screen reader reads', async () => {
    const { page } = await e2e().newPage({ viewport: PHONE });
    await page.goto(e2e().url('/'), { waitUntil: 'networkidle' });
    await page.mouse.move(10, 10);
    await appTookOver(page);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string } }[] };
    const links = nodes.filter((n) => n.role?.value === 'link').map((n) => n.name?.value ?? '');
    const choices = links.filter((name) => CHOICES.some((c) => name.startsWith(c)));
    expect(choices).toHaveLength(3);
    for (const name of choices) expect(name).not.toContain('→');
  });

  for (const lang of ['nb', 'nn', 'en'] as const) {
    it(`at 320 px (${lang}) no word in the emergency numbers or the steps’ names is broken inside, or runs past its box`, async () => {
      const { page } = await e2e().newPage({ viewport: { width: 320, height: 640 } });
      await page.goto(e2e().url(`/?lang=${lang}#/barn`), { waitUntil: 'networkidle' });
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.locator('.phases').first().waitFor();
      const bad = await page.evaluate(() => {
        const out: string[] = [];
        for (const el of document.querySelectorAll<HTMLElement>('nav.emergency a, main .phases .phase-name')) {
          if (el.closest('[inert], [aria-hidden="true"]')) continue;
          if (el.scrollWidth > el.clientWidth + 1) out.push(`runs past its box: ${el.textContent}`);
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const text = n.textContent ?? '';
            // A word, or the part of one up to a hyphen (a line may break after «non-»).
            for (const m of text.matchAll(/[^\s-]+-?/g)) {
              const r = document.createRange();
              r.setStart(n, m.index);
              r.setEnd(n, m.index + m[0].length);
              if (r.getClientRects().length > 1) out.push(`broken inside: ${m[0]}`);
            }
          }
        }
        return out;
      });
      expect(bad).toEqual([]);
    });
  }

  it('while it is read, the first steps are painted only where no one can see, hear or reach them, and are gone again', async () => {
    const { page, console } = await e2e().newPage({ viewport: PHONE });
    // Each painted copy as the browser styles it, the moment it is added.
    await page.addInitScript(`
      window.__copies = [];
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) {
          if (!(n instanceof HTMLElement) || n.className !== 'rehearsal-painted') continue;
          const style = getComputedStyle(n);
          window.__copies.push({ opacity: Number(style.opacity), zIndex: style.zIndex, pointerEvents: style.pointerEvents, position: style.position,
            hidden: n.getAttribute('aria-hidden'), inert: n.inert, ids: n.querySelectorAll('[id]').length, heading: n.querySelector('h1')?.textContent ?? '' });
        }
      }).observe(document, { childList: true, subtree: true });
    `);
    await page.goto(e2e().url('/'), { waitUntil: 'networkidle' });
    await page.mouse.move(10, 10); // the app starts on the first sign of use, and warms up after that
    await expect.poll(() => page.evaluate('window.__copies.length'), { timeout: 15_000 }).toBe(3);
    const copies = (await page.evaluate('window.__copies')) as Array<Record<string, unknown>>;
    for (const copy of copies) {
      expect(copy).toMatchObject({ zIndex: '-1', pointerEvents: 'none', position: 'fixed', hidden: 'true', inert: true, ids: 0 });
      expect(copy.opacity).toBeGreaterThan(0); // painted (a copy at 0 would be skipped) …
      expect(copy.opacity).toBeLessThanOrEqual(0.004); // … at under one step of 255 in any colour
    }
    expect(copies.map((c) => c.heading)).toContain('Er barnet eller noen andre i fare akkurat nå?');
    await expect.poll(() => page.locator('.rehearsal-painted, .rehearsal').count()).toBe(0);
    await expectStartPage(page);
    expect(await console.collect(page), console.format()).toEqual([]);
  });

  it('works without JavaScript: emergency tel: links and the three choices are in the HTML', async () => {
    const { page, requests } = await e2e().newPage({ viewport: PHONE, javaScriptEnabled: false });
    await page.goto(e2e().url('/'), { waitUntil: 'load' });
    await expectStartPage(page);
    const tels = await page.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(tels).toEqual(expect.arrayContaining(['tel:112', 'tel:113', 'tel:116117', 'tel:02800', 'tel:116111']));
    // The choices lead to the flows once scripts run; until then the page says so, and that the numbers work.
    expect(await page.getByRole('link', { name: CHOICES[0] }).getAttribute('href')).toBe('#/barn');
    // (Playwright's text search skips <noscript>, so by its class.)
    const note = page.locator('noscript p.noscript');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('Nødnumrene over virker uten');
    // Styles still load: the static page is not an unstyled wall of links.
    expect(requests.requests.some((r) => r.resourceType === 'stylesheet')).toBe(true);
  });

  it('without JavaScript, the language links open the start page in nynorsk and English, numbers and all', async () => {
    const { page } = await e2e().newPage({ viewport: PHONE, javaScriptEnabled: false });
    await page.goto(e2e().url('/'), { waitUntil: 'load' });
    // `link112`: the strip's 112 link by its whole name, the hidden «Ring» / «Call» first (WCAG 2.4.4).
    const expectIn = async (lang: string, heading: string, link112: string): Promise<void> => {
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await page.getByRole('heading', { level: 1, name: heading }).isVisible()).toBe(true);
      const call = page.getByRole('link', { name: link112, exact: true });
      expect(await call.getAttribute('href')).toBe('tel:112');
      expect(await call.isVisible()).toBe(true);
      expect(await page.locator('.lang-switch a[aria-current="true"]').getAttribute('lang')).toBe(lang);
    };
    await page.getByRole('link', { name: 'Nynorsk' }).click();
    await page.waitForURL(/\/nn\.html$/);
    await expectIn('nn', 'Kva er du uroleg for?', 'Ring 112 Politi');
    expect(await page.locator('noscript p.noscript').textContent()).toContain('Naudnummera over verkar utan');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/en\.html$/);
    await expectIn('en', 'What are you worried about?', 'Call 112 Police');
    await page.getByRole('link', { name: 'Bokmål' }).click();
    await page.waitForURL(/\/\?lang=nb$/);
    await expectIn('nb', 'Hva er du bekymret for?', 'Ring 112 Politi');
  });

  it('with JavaScript, opening the nynorsk or English page starts the app in that language, at the app\'s own address', async () => {
    const { page, console } = await e2e().newPage({ viewport: PHONE });
    await page.goto(e2e().url('/en.html'), { waitUntil: 'networkidle' });
    await page.getByText('Choose what fits best.').waitFor(); // the app's start view, without a touch
    expect(await page.evaluate(() => [location.pathname, location.search, document.documentElement.lang])).toEqual(['/', '', 'en']);
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByText('Choose what fits best.').waitFor(); // remembered
    await page.goto(e2e().url('/nn.html#/barn'), { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: 'Er barnet eller nokon andre i fare akkurat no?' }).waitFor();
    expect(await page.evaluate(() => [location.pathname, location.hash])).toEqual(['/', '#/barn']);
    expect(await console.collect(page), console.format()).toEqual([]);
  });

  for (const path of ['/', '/nn.html', '/en.html']) {
    it(`the HTML of ${path} before any script runs is axe clean`, async () => {
      // axe needs JavaScript, so keep it on but let no app script load: what stays is the static HTML.
      const { page, context } = await e2e().newPage({ viewport: PHONE });
      await context.route('**/*.js', (route) => route.abort());
      await page.goto(e2e().url(path), { waitUntil: 'load' });
      expect(await page.locator('a[href="tel:112"]').first().isVisible()).toBe(true);
      expect(await page.locator('.start-choices a').count()).toBe(3);
      if (path === '/') await expectStartPage(page);
      expect(await page.locator('.start-choices a[data-flow]').count()).toBe(0); // still the static page
      await axeCheck(page);
    });
  }
});
