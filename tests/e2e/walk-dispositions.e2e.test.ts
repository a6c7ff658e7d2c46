// The walk (issue "The walk", item 8): for each flow and each of the four dispositions, one shipped
// scenario walked by clicking from the start page, on a phone and a laptop. The outcome's headline is
// the disposition's title, the expected action cards are there, every screen is axe clean (WCAG 2.1
// A/AA), and on the phone no screen scrolls sideways. Also: 112 in at most two taps.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DISPOSITIONS } from '../../src/engine/index';
import nb from '../../src/i18n/nb';
import { axeCheck, openPage, PHONE, useE2E } from './harness';
import { dispositionTitle, h1, horizontalOverflow, scenarioFlow, scenarioFor, startLink, walkScenario } from './scenarios';

const e2e = useE2E();

const FLOWS = ['barn', 'voksen', 'utover'] as const;
const LAPTOP = { width: 1280, height: 800 };

/** The start page as a first-time visitor gets it (the static page; the app takes over on first use). */
async function startPage(page: Page): Promise<void> {
  await page.goto(e2e().url('/'), { waitUntil: 'networkidle' });
  await page.getByRole('heading', { level: 1, name: nb.start.heading.title }).waitFor();
}

describe('walk every disposition in every flow, from the start page', () => {
  for (const flowId of FLOWS) {
    for (const disposition of DISPOSITIONS) {
      const scenario = scenarioFor(flowId, disposition);
      for (const viewport of [PHONE, LAPTOP]) {
        // Walks are independent pages on the file's one browser: run them side by side. Each test opens
        // and closes its own page (the harness's afterEach would close the pages of the others).
        it.concurrent(`${flowId} → ${disposition} (${scenario.id}) at ${viewport.width}×${viewport.height}: axe clean on every screen`, async () => {
          const p = await openPage(e2e().browser, { viewport });
          try {
            const { page } = p;
            const flow = await scenarioFlow(e2e().origin, scenario);
            // Every screen: axe clean, and on the phone no sideways scrolling. Collected, so one run
            // reports every screen that fails.
            const problems: string[] = [];
            const check = async (heading: string) => {
              await axeCheck(page).catch((e: unknown) => problems.push(`«${heading}»: ${e instanceof Error ? e.message : String(e)}`));
              if (viewport.width === PHONE.width) {
                const wide = await horizontalOverflow(page);
                if (wide) problems.push(`«${heading}» scrolls sideways: scrollWidth ${wide.scrollWidth} > ${wide.innerWidth}; too wide: ${wide.wide.join(', ')}`);
              }
            };
            await startPage(page);
            await check(nb.start.heading.title);
            await page.getByRole('link', { name: startLink(flowId) }).click();
            const seen = await walkScenario(page, flow, scenario.answers, { onStep: check });
            expect(problems, problems.join('\n')).toEqual([]);

            const title = dispositionTitle(disposition);
            expect(seen.at(-1)).toBe(title);
            expect(await h1(page).count()).toBe(1);
            expect(((await h1(page).textContent()) ?? '').trim()).toBe(title);
            expect(await page.locator(`main .outcome.disposition-${disposition}`).count()).toBe(1);
            for (const id of scenario.expect.actions?.include ?? []) {
              expect(await page.locator(`article[data-action="${id}"]`).count(), `action card ${id}`).toBe(1);
              expect(await page.locator(`article[data-action="${id}"]`).isVisible(), `action card ${id} visible`).toBe(true);
            }
            for (const id of scenario.expect.actions?.exclude ?? []) {
              expect(await page.locator(`article[data-action="${id}"]`).count(), `no action card ${id}`).toBe(0);
            }
            const entries = await p.console.collect(page);
            expect(entries.filter((e) => e.type !== 'warning'), p.console.format()).toEqual([]);
          } finally {
            await p.close();
          }
        }, 120_000); // side by side on a small machine, a walk of 15 screens can take a while
      }
    }
  }
});

describe('from the start page to «call the police now» in at most two taps', () => {
  for (const flowId of FLOWS) {
    it(`${flowId}: «${startLink(flowId)}», «Ja» → ${dispositionTitle('acute')} with a tel:112 link`, async () => {
      const { page } = await e2e().newPage({ viewport: PHONE, hasTouch: true, isMobile: true });
      await startPage(page);
      await page.getByRole('link', { name: startLink(flowId) }).tap();
      await page.getByRole('button', { name: nb.walk.yesno.yes, exact: true }).tap();
      await page.getByRole('heading', { level: 1, name: dispositionTitle('acute') }).waitFor();
      expect(((await h1(page).textContent()) ?? '').trim()).toBe(dispositionTitle('acute'));
      // On the outcome itself (the call-112 card), not only in the emergency strip …
      const inOutcome = page.locator('main a[href="tel:112"]');
      expect(await inOutcome.count()).toBeGreaterThan(0);
      expect(await inOutcome.first().isVisible()).toBe(true);
      // … and 112 is on screen without scrolling.
      const onScreen = await page.locator('a[href="tel:112"]').evaluateAll((as) =>
        as.some((a) => {
          const r = a.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
        }),
      );
      expect(onScreen).toBe(true);
    });
  }

  it('on the narrowest phone (320 px) the outcome\'s four phases share one row, and its buttons are spaced and spelt as on every other screen', async () => {
    const { page } = await e2e().newPage({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    await startPage(page);
    await page.getByRole('link', { name: startLink('voksen') }).tap();
    await page.getByRole('button', { name: nb.walk.yesno.yes, exact: true }).tap();
    await page.getByRole('heading', { level: 1, name: dispositionTitle('acute') }).waitFor();
    const tops = await page.locator('main .phases li').evaluateAll((lis) => lis.map((li) => li.getBoundingClientRect().top));
    expect(tops).toHaveLength(4);
    expect(new Set(tops).size).toBe(1);
    // «← Tilbake», not «←Tilbake»: a space at the end of a flex item's text is dropped unless it is a no-break space.
    const arrowToWord = await page.getByRole('button', { name: nb.walk.back.button, exact: true }).evaluate((button) => {
      const arrow = button.querySelector('[aria-hidden="true"]')?.firstChild;
      const word = [...button.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (!arrow || !word) return -1;
      const range = (node: Node, end: number) => {
        const r = document.createRange();
        r.setStart(node, 0);
        r.setEnd(node, end);
        return r.getBoundingClientRect();
      };
      return range(word, 1).left - range(arrow, 1).right;
    });
    expect(arrowToWord).toBeGreaterThanOrEqual(3);
    const print = await page.getByRole('button', { name: nb.summary.print.button }).boundingBox();
    const plan = await page.getByRole('button', { name: nb.plan.open.button }).boundingBox();
    expect(print && plan && plan.y - (print.y + print.height)).toBeGreaterThanOrEqual(8);
  });
});
