// The accessibility and privacy statements in Chromium: axe clean (WCAG 2.1 A/AA) in nb and en, at
// 320 px wide without sideways scrolling, reached from the footer with focus on the new heading, with
// no console error and no request to another origin.
import { describe, expect, it } from 'vitest';
import { aboutResources } from '../../src/i18n/about/index';
import en from '../../src/i18n/en';
import nb from '../../src/i18n/nb';
import { axeCheck, useE2E } from './harness';

const e2e = useE2E();
const NARROW = { width: 320, height: 640 };

const PAGES = [
  { hash: '#/om/tilgjengelighet', title: { nb: aboutResources.nb.about.a11y.page.title, en: aboutResources.en.about.a11y.page.title } },
  { hash: '#/om/personvern', title: { nb: aboutResources.nb.about.privacy.page.title, en: aboutResources.en.about.privacy.page.title } },
] as const;

describe('statements', () => {
  for (const { hash, title } of PAGES) {
    for (const lang of ['nb', 'en'] as const) {
      it(`${hash} (${lang}) is axe clean at 320 px, with no sideways scrolling`, async () => {
        const { page, console, requests } = await e2e().newPage({ viewport: NARROW });
        await page.goto(e2e().url(`/${lang === 'nb' ? '' : `?lang=${lang}`}${hash}`), { waitUntil: 'networkidle' });
        await page.getByRole('heading', { level: 1, name: title[lang] }).waitFor();
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        await axeCheck(page);
        const entries = await console.collect(page);
        expect(entries.filter((e) => e.type !== 'warning'), console.format()).toEqual([]);
        expect(requests.foreign(e2e().origin)).toEqual([]);
      });
    }
  }

  // Chromium has no nynorsk date data: without bokmål to fall back on, the date came out in the
  // browser's own language — English here, as on a phone set to English.
  it('dates the accessibility statement in Norwegian words on the nynorsk page, in a browser set to English', async () => {
    const { page } = await e2e().newPage({ viewport: NARROW, locale: 'en-US' });
    await page.goto(e2e().url('/?lang=nn#/om/tilgjengelighet'), { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: aboutResources.nn.about.a11y.page.title }).waitFor();
    expect(await page.locator('.about-updated').textContent()).toMatch(/\d{1,2}\. (januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) \d{4}/);
  });

  it('the footer opens each statement and moves focus to its heading', async () => {
    const { page } = await e2e().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(e2e().url('/#/innstillinger'), { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: nb.settings.heading.title }).waitFor();
    const footer = page.getByRole('contentinfo');
    await footer.getByRole('link', { name: nb.footer.a11y.link }).click();
    await page.getByRole('heading', { level: 1, name: PAGES[0].title.nb }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'step-heading');
    await footer.getByRole('link', { name: nb.footer.privacyPage.link }).click();
    await page.getByRole('heading', { level: 1, name: PAGES[1].title.nb }).waitFor();
    await page.waitForFunction((t) => document.activeElement?.id === 'step-heading' && document.activeElement.textContent === t, PAGES[1].title.nb);
    // And in English the footer says so.
    await page.getByRole('button', { name: 'English' }).click();
    expect(await footer.getByRole('link', { name: en.footer.privacyPage.link }).count()).toBe(1);
  });
});
