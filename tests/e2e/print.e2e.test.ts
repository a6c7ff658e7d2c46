// The summary prints cleanly: with print media on an outcome only the summary shows (no header,
// emergency strip, navigation, buttons or form fields), and Chromium makes an A4 PDF of it.
// E2E_SUMMARY_PDF=/tmp/summary.pdf keeps the PDF to look at (pdftoppm -png -r 50 /tmp/summary.pdf /tmp/summary).
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import nb from '../../src/i18n/nb';
import { useE2E } from './harness';
import { dispositionTitle, scenarioFlow, scenarioFor, walkFromStart } from './scenarios';

const e2e = useE2E();

describe('print', () => {
  it('an outcome prints as the summary alone, and as an A4 PDF', async () => {
    const { page } = await e2e().newPage({ viewport: { width: 1280, height: 800 } });
    const scenario = scenarioFor('barn', 'bekymringsmelding');
    const flow = await scenarioFlow(e2e().origin, scenario);
    await page.goto(e2e().url('/'), { waitUntil: 'networkidle' });
    await walkFromStart(page, flow, scenario);
    await page.getByLabel(nb.notes.field.label, { exact: true }).fill('Gutten sa at pappa slo mamma i går kveld.');

    // On screen, the things print must hide are there.
    const hidden = ['.site-header', 'nav', 'button', 'textarea', '.site-footer', '.skip-link', '.walk-nav', '.phases', '.action-list', '.report-helper'];
    const visibleCount = async (sel: string) => page.locator(sel).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null || getComputedStyle(e).position === 'fixed').length);
    expect(await visibleCount('.site-header')).toBe(1);
    expect(await visibleCount('button')).toBeGreaterThan(0);

    await page.emulateMedia({ media: 'print' });
    for (const sel of hidden) expect(await visibleCount(sel), `${sel} is hidden in print`).toBe(0);
    const summary = page.getByTestId('summary-text');
    expect(await summary.isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: nb.summary.heading.title }).isVisible()).toBe(true);
    const text = (await summary.textContent()) ?? '';
    expect(text).toContain(dispositionTitle('bekymringsmelding'));
    expect(text).toContain('Gutten sa at pappa slo mamma i går kveld.');
    // Nothing but the summary takes room on paper: every visible leaf is inside it.
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => el.children.length === 0 && (el.textContent ?? '').trim() !== '' && el.getClientRects().length > 0)
        .filter((el) => !el.closest('.summary') && getComputedStyle(el).visibility !== 'hidden' && !el.closest('.visually-hidden'))
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').trim().slice(0, 60)}`),
    );
    expect(outside, 'printed outside the summary').toEqual([]);
    // The summary fits the page width: no line is cut off.
    expect(await summary.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);

    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(4);
    if (process.env.E2E_SUMMARY_PDF) writeFileSync(process.env.E2E_SUMMARY_PDF, pdf);
  });
});
