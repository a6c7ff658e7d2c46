// A small phone's first screen in a walk: the question and all three of its answers, with the emergency
// numbers above, without scrolling — also after Back, when the earlier answer is marked. Stacked,
// «Nei» and «Usikker» were below the fold at 360 × 640 (a review walked it); the answers now sit side
// by side, the numbers three to a row, and only the current phase keeps its hint. With larger text
// (WCAG 1.4.4, 1.4.10) nothing may run off the screen, and the answers are one row or one column.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en';
import nb from '../../src/i18n/nb';
import nn from '../../src/i18n/nn';
import { restyled, useE2E } from './harness';
import { horizontalOverflow } from './scenarios';

const e2e = useE2E();

const SMALL_PHONE = { width: 360, height: 640 } as const;
const TEXTS = { nb, nn, en };
type Lang = keyof typeof TEXTS;
const ANSWERS = Object.fromEntries(Object.entries(TEXTS).map(([lang, t]) => [lang, [t.walk.yesno.yes, t.walk.yesno.no, t.walk.yesno.unsure]])) as Record<Lang, string[]>;
// English runs longer: its child question fitted only when its heading took two lines and its help
// six (2026-12-02; the answers had ended ≈ 36 px below). At 320 × 568 no flow fits.
const CASES: { lang: Lang; flow: string; viewport: { width: number; height: number } }[] = (['nb', 'nn', 'en'] as const).flatMap((lang) =>
  ['barn', 'voksen', 'utover'].map((flow) => ({ lang, flow, viewport: SMALL_PHONE })),
);

const answerButtons = (page: Page, lang: Lang) => ANSWERS[lang].map((name) => page.getByRole('button', { name, exact: true }));

/** The three answers' boxes; each must be on the first screen and a large target. */
async function expectAnswersOnFirstScreen(page: Page, lang: Lang, height: number, when: string): Promise<void> {
  expect(await page.evaluate(() => window.scrollY), when).toBe(0);
  for (const [i, button] of answerButtons(page, lang).entries()) {
    const box = await button.boundingBox();
    expect(box, `${when}: ${ANSWERS[lang][i]}`).not.toBeNull();
    expect(box!.y + box!.height, `${when}: «${ANSWERS[lang][i]}» ends below the fold`).toBeLessThanOrEqual(height);
    expect(Math.min(box!.width, box!.height), `${when}: ${ANSWERS[lang][i]} is a large target`).toBeGreaterThanOrEqual(44);
  }
}

describe('the first question on a small phone', () => {
  for (const { lang, flow, viewport } of CASES) {
    it(`${flow} in ${lang} at ${viewport.width}×${viewport.height}: 112 and all three answers on the first screen, also after Back`, async () => {
      const { page, console } = await e2e().newPage({ viewport });
      await page.goto(e2e().url(`/?lang=${lang}#/${flow}`), { waitUntil: 'networkidle' });
      const [, no] = answerButtons(page, lang);
      await no!.waitFor();
      await expectAnswersOnFirstScreen(page, lang, viewport.height, 'first time');
      const police = await page.locator('a[href="tel:112"]').first().boundingBox();
      expect(police && police.y + police.height <= viewport.height).toBe(true);
      expect(await horizontalOverflow(page)).toBeUndefined();

      // Answer, come back: the earlier answer is marked, and the answers have not moved down.
      const question = await page.locator('h1').first().textContent();
      await no!.click();
      await page.waitForFunction((q) => document.querySelector('h1')?.textContent !== q, question);
      await page.getByRole('button', { name: TEXTS[lang].walk.back.button, exact: true }).click();
      await page.waitForFunction((q) => document.querySelector('h1')?.textContent === q, question);
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await no!.textContent()).toContain('✓');
      await expectAnswersOnFirstScreen(page, lang, viewport.height, 'after Back');
      expect(await console.collect(page), console.format()).toEqual([]);
    });
  }
});

describe('the first question with larger text on a phone', () => {
  for (const { width, percent } of [{ width: 320, percent: 125 }, { width: 360, percent: 150 }, { width: 360, percent: 200 }]) {
    for (const lang of ['nb', 'en'] as const) {
      it(`${lang}, text at ${percent} % on ${width} px: nothing runs off the screen, the answers one row or one column`, async () => {
        const { page } = await e2e().newPage({ viewport: { width, height: 740 }, bypassCSP: true });
        await restyled(page, `html { font-size: ${percent}% !important; }`);
        await page.goto(e2e().url(`/?lang=${lang}#/barn`), { waitUntil: 'networkidle' });
        const buttons = answerButtons(page, lang);
        await buttons[0]!.waitFor();
        const overflow = await horizontalOverflow(page);
        expect(overflow, overflow && overflow.wide.join(', ')).toBeUndefined();
        const boxes = await Promise.all(buttons.map(async (b) => (await b.boundingBox())!));
        const oneRow = boxes.every((b) => Math.abs(b.y - boxes[0]!.y) < 1);
        const oneColumn = boxes.every((b) => Math.abs(b.x - boxes[0]!.x) < 1);
        expect(oneRow || oneColumn, JSON.stringify(boxes)).toBe(true);
        // Every emergency number inside its own box.
        const spills = await page.locator('.emergency a').evaluateAll((links) =>
          links.filter((a) => a.scrollWidth > a.clientWidth + 1 || [...a.children].some((c) => c.getBoundingClientRect().right > a.getBoundingClientRect().right + 1)).map((a) => a.textContent),
        );
        expect(spills).toEqual([]);
      });
    }
  }
});
