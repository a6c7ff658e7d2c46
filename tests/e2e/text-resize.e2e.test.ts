// Text resized and spaced out (WCAG 2.1: 1.4.4 resize text to 200 %, 1.4.12 text spacing): a walk from
// the start page to an outcome still works, every screen is readable without scrolling sideways, and
// the emergency number stays a link. Text-only enlargement as a browser's «text size» setting does it
// (the root font size doubled; the layout is in rem), on a laptop, and the 1.4.12 spacing on a phone.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import nb from '../../src/i18n/nb';
import { openPage, PHONE, restyled, useE2E } from './harness';
import { dispositionTitle, h1, horizontalOverflow, scenarioFlow, scenarioFor, walkScenario } from './scenarios';

const e2e = useE2E();

/** WCAG 2.1 success criterion 1.4.12's values, applied to everything, as its test bookmarklets do. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p, li, dd, label, legend { margin-bottom: 2em !important; }`;
const TEXT_200 = 'html { font-size: 200% !important; }';

/** The start page's heading, as rendered: to see that the style took effect. */
const headingStyle = (page: Page) => page.locator('h1').first().evaluate((el) => ({ size: parseFloat(getComputedStyle(el).fontSize), letters: getComputedStyle(el).letterSpacing }));

const cases = [
  { name: 'text at 200 % on a laptop (1.4.4)', viewport: { width: 1280, height: 800 }, css: TEXT_200, took: (s: { size: number }) => s.size >= 40 },
  { name: 'text spacing on a phone (1.4.12)', viewport: PHONE, css: TEXT_SPACING, took: (s: { letters: string }) => s.letters !== 'normal' && s.letters !== '0px' },
];

describe('the walk with text enlarged or spaced out', () => {
  for (const c of cases) {
    it.concurrent(`${c.name}: start page → «Send bekymringsmelding», nothing scrolls sideways`, async () => {
      // The user's own style stands above the page's CSP (a browser setting or an extension is not an
      // inline style of the page): without bypassCSP the app's style-src 'self' would refuse it.
      const p = await openPage(e2e().browser, { viewport: c.viewport, bypassCSP: true });
      try {
        const { page } = p;
        await restyled(page, c.css);
        const scenario = scenarioFor('barn', 'bekymringsmelding');
        const flow = await scenarioFlow(e2e().origin, scenario);
        const wide: string[] = [];
        const check = async (heading: string) => {
          const o = await horizontalOverflow(page);
          if (o) wide.push(`«${heading}»: scrollWidth ${o.scrollWidth} > ${o.innerWidth}; ${o.wide.join(', ')}`);
        };
        await page.goto(e2e().url('/'), { waitUntil: 'networkidle' });
        await page.getByRole('heading', { level: 1, name: nb.start.heading.title }).waitFor();
        // The style took effect (the layout is in rem, so 200 % doubles the text).
        expect(c.took(await headingStyle(page)), JSON.stringify(await headingStyle(page))).toBe(true);
        await check(nb.start.heading.title);
        expect(await page.locator('a[href="tel:112"]').first().isVisible()).toBe(true);
        await page.getByRole('link', { name: nb.start.barn.title }).click();
        const seen = await walkScenario(page, flow, scenario.answers, { onStep: check });
        expect(seen.at(-1)).toBe(dispositionTitle('bekymringsmelding'));
        expect(((await h1(page).textContent()) ?? '').trim()).toBe(dispositionTitle('bekymringsmelding'));
        expect(wide, wide.join('\n')).toEqual([]);
      } finally {
        await p.close();
      }
    }, 120_000);
  }
});
