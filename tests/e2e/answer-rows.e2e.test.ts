// An answer row on a phone: the whole row is the tap target, and the row is built from plain boxes
// (no overlay placed over it, no box raised above one), which the browser lays out and paints with
// less work on every new question.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, useE2E } from './harness';
import { openSignsChecklist } from './walk';

const e2e = useE2E();

/** A tap inside the row's own padding, 4 px from its top-left corner: on neither the box nor the text. */
async function tapRowCorner(page: Page, row: Locator): Promise<void> {
  await row.scrollIntoViewIfNeeded();
  const box = (await row.boundingBox())!;
  await page.mouse.click(box.x + 4, box.y + 4);
}

/** Every box in the list that is positioned, or an ::after/::before that draws something. */
function placedBoxes(page: Page): Promise<string[]> {
  return page.evaluate(`[...document.querySelectorAll('.options, .options *')].flatMap((el) => {
    const own = getComputedStyle(el).position !== 'static' ? [el.tagName + ' position'] : [];
    const pseudo = ['::before', '::after'].filter((p) => getComputedStyle(el, p).content !== 'none').map((p) => el.tagName + p);
    return [...own, ...pseudo];
  })`) as Promise<string[]>;
}

describe('an answer row on a phone', () => {
  it('a checklist row ticks and unticks from a tap anywhere on it, and holds no placed boxes', async () => {
    const { page, console } = await e2e().newPage({ viewport: PHONE });
    await page.goto(e2e().url('/'), { waitUntil: 'networkidle' });
    await openSignsChecklist(page);

    const row = page.locator('.options li').nth(2);
    const box = row.getByRole('checkbox');
    await tapRowCorner(page, row);
    await expect.poll(() => box.isChecked()).toBe(true);
    await tapRowCorner(page, row);
    await expect.poll(() => box.isChecked()).toBe(false);
    // The row's text names the box, for a screen reader.
    expect(await page.getByRole('checkbox', { name: (await row.textContent())!, exact: true }).count()).toBe(1);
    expect(await placedBoxes(page)).toEqual([]);

    const entries = await console.collect(page);
    expect(entries, console.format()).toEqual([]);
  });

  it('a settings radio row is chosen from a tap anywhere on it', async () => {
    const { page, console } = await e2e().newPage({ viewport: PHONE });
    await page.goto(e2e().url('/#/innstillinger'), { waitUntil: 'networkidle' });
    const radios = page.getByRole('radio');
    await radios.first().waitFor();
    const rows = page.locator('.options li');
    const last = rows.nth((await rows.count()) - 1);
    await tapRowCorner(page, last);
    await expect.poll(() => last.getByRole('radio').isChecked()).toBe(true);
    expect(await placedBoxes(page)).toEqual([]);

    const entries = await console.collect(page);
    expect(entries, console.format()).toEqual([]);
  });
});
