// What the frame that shows the next step shows, on a phone: a step change is painted from the top of
// the new step, with the long list's first rows, and the rest of the rows follow before focus moves.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, useE2E } from './harness';
import { openSignsChecklist } from './walk';

const e2e = useE2E();

interface FirstFrame {
  headingTop: number;
  headingBottom: number;
  rows: number;
  focused: boolean;
}

/** Arms a recorder for the first animation frame (just before its paint) after the step heading changes. */
async function recordFirstFrame(page: Page): Promise<void> {
  await page.evaluate(`
    window.__firstFrame = new Promise((resolve) => {
      const before = document.getElementById('step-heading')?.textContent;
      const mo = new MutationObserver(() => {
        const h = document.getElementById('step-heading');
        if (!h || h.textContent === before) return;
        mo.disconnect();
        requestAnimationFrame(() => {
          const box = h.getBoundingClientRect();
          resolve({ headingTop: box.top, headingBottom: box.bottom, rows: document.querySelectorAll('.options li').length, focused: document.activeElement === h });
        });
      });
      mo.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    undefined; // not the promise: evaluate would wait for it
  `);
}

describe('a step change on a phone', () => {
  it('a choice tapped low on the start page paints the first question from its top', async () => {
    const { page, console } = await e2e().newPage({ viewport: PHONE });
    await page.goto(e2e().url('/'), { waitUntil: 'networkidle' });
    await page.mouse.move(10, 10); // the app starts on the first sign of use
    await page.getByRole('heading', { level: 1, name: 'Hva er du bekymret for?' }).waitFor();
    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
    const choice = page.locator('a[data-flow="utover"]');
    await choice.scrollIntoViewIfNeeded();
    expect(await page.evaluate('window.scrollY')).toBeGreaterThan(PHONE.height / 2);

    await recordFirstFrame(page);
    await choice.click();
    const first = (await page.evaluate('window.__firstFrame')) as FirstFrame;
    expect(first.headingTop, 'the first question is in view in the first frame').toBeGreaterThanOrEqual(0);
    expect(first.headingBottom).toBeLessThanOrEqual(PHONE.height);
    await expect.poll(() => page.evaluate(`document.activeElement?.id`)).toBe('step-heading');

    const entries = await console.collect(page);
    expect(entries, console.format()).toEqual([]);
  });

  it('«Gå videre» at the foot of a long checklist paints the next step from its top; the rest of its rows come before focus does', async () => {
    const { page, console } = await e2e().newPage({ viewport: PHONE });
    await page.goto(e2e().url('/'), { waitUntil: 'networkidle' });
    await openSignsChecklist(page);
    const allRows = await page.locator('.options li').count();
    const go = page.getByRole('button', { name: 'Gå videre', exact: true });
    await go.scrollIntoViewIfNeeded();
    expect(await page.evaluate('window.scrollY')).toBeGreaterThan(PHONE.height);

    await recordFirstFrame(page);
    await go.click();
    const first = (await page.evaluate('window.__firstFrame')) as FirstFrame;
    expect(first.headingTop, 'the new heading is in view in the first frame').toBeGreaterThanOrEqual(0);
    expect(first.headingBottom).toBeLessThanOrEqual(PHONE.height);
    expect(first.focused, 'focus moves after the paint').toBe(false);

    // Back to the long list: a screenful of rows first, every row by the time focus is on the heading.
    await recordFirstFrame(page);
    await page.getByRole('button', { name: /Tilbake/ }).click();
    const back = (await page.evaluate('window.__firstFrame')) as FirstFrame;
    expect(back.rows).toBeLessThan(allRows);
    await expect.poll(() => page.evaluate(`document.activeElement?.id`)).toBe('step-heading');
    expect(await page.locator('.options li').count()).toBe(allRows);
    expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(0);

    const entries = await console.collect(page);
    expect(entries, console.format()).toEqual([]);
  });
});
