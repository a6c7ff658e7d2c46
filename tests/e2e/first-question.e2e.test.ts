// A small phone's first screen in a walk: the question and all three of its answers, with the emergency
// numbers above, without scrolling. Stacked, «Nei» and «Usikker» were below the fold at 360 × 640 (a
// review walked it); the answers now sit side by side, the numbers three to a row, and only the
// current phase keeps its hint.
import { describe, expect, it } from 'vitest';
import { useE2E } from './harness';

const e2e = useE2E();

const SMALL_PHONE = { width: 360, height: 640 } as const;
const ANSWERS = { nb: ['Ja', 'Nei', 'Usikker'], nn: ['Ja', 'Nei', 'Usikker'], en: ['Yes', 'No', 'Unsure'] } as const;
// English runs longer: its child question (three lines of heading) needs a common 390 × 844 phone.
const CASES = [
  ...(['nb', 'nn'] as const).flatMap((lang) => (['barn', 'voksen', 'utover'] as const).map((flow) => ({ lang, flow, viewport: SMALL_PHONE }))),
  { lang: 'en', flow: 'voksen', viewport: SMALL_PHONE },
  { lang: 'en', flow: 'utover', viewport: SMALL_PHONE },
  { lang: 'en', flow: 'barn', viewport: { width: 390, height: 844 } },
] as const;

describe('the first question on a small phone', () => {
  for (const { lang, flow, viewport } of CASES) {
    it(`${flow} in ${lang} at ${viewport.width}×${viewport.height}: 112 and all three answers on the first screen, nothing sideways`, async () => {
      const { page, console } = await e2e().newPage({ viewport });
      await page.goto(e2e().url(`/?lang=${lang}#/${flow}`), { waitUntil: 'networkidle' });
      const buttons = ANSWERS[lang].map((name) => page.getByRole('button', { name, exact: true }));
      await buttons[0]!.waitFor();
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      for (const [i, button] of buttons.entries()) {
        const box = await button.boundingBox();
        expect(box, ANSWERS[lang][i]).not.toBeNull();
        expect(box!.y + box!.height, `«${ANSWERS[lang][i]}» ends below the fold`).toBeLessThanOrEqual(viewport.height);
        // still a large target beside its neighbours
        expect(box!.width, ANSWERS[lang][i]).toBeGreaterThanOrEqual(44);
        expect(box!.height, ANSWERS[lang][i]).toBeGreaterThanOrEqual(44);
      }
      const police = await page.locator('a[href="tel:112"]').first().boundingBox();
      expect(police && police.y + police.height <= viewport.height).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      expect(await console.collect(page), console.format()).toEqual([]);
    });
  }
});
