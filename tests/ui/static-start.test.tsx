// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translateStaticPage } from '../../src/build/static-page';
import type { Lang } from '../../src/engine/index';
import { renderApp, resetBrowserState } from './helpers';

/**
 * index.html carries a static copy of the start page so it shows without JavaScript and before the
 * app loads; the build writes its nynorsk and English copies (nn.html, en.html). These tests keep
 * each copy in step with what the app renders in that language, so they cannot drift.
 */
const INDEX = readFileSync('index.html', 'utf8');

const staticPage = (lang: Lang): Document => new DOMParser().parseFromString(translateStaticPage(INDEX, lang), 'text/html');

const rootOf = (doc: Document): HTMLElement => {
  const root = doc.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  return root;
};

/** The word each tap-to-call link starts with, hidden from view. */
const CALL: Record<Lang, string> = { nb: 'Ring', nn: 'Ring', en: 'Call' };

const squeeze = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

const links = (el: ParentNode, selector: string): { href: string | null; text: string }[] =>
  [...el.querySelectorAll<HTMLAnchorElement>(selector)].map((a) => ({ href: a.getAttribute('href'), text: squeeze(a.textContent) }));

const texts = (el: ParentNode, selector: string): string[] => [...el.querySelectorAll(selector)].map((e) => squeeze(e.textContent));

beforeEach(resetBrowserState);
afterEach(cleanup);

describe('the static start page in index.html', () => {
  it('has every text as the app has it in bokmål: writing it in bokmål changes nothing', () => {
    expect(translateStaticPage(INDEX, 'nb')).toBe(INDEX);
  });

  it('has the same emergency numbers, with the same tel: links, as the app', () => {
    const { container } = renderApp();
    const app = links(container, 'nav.emergency a');
    expect(app.length).toBe(5);
    expect(links(rootOf(staticPage('nb')), 'nav.emergency a').map((l) => l.href)).toEqual(app.map((l) => l.href));
  });

  it('has the same "call 112 now" link as the app', () => {
    const { container } = renderApp();
    expect(links(rootOf(staticPage('nb')), '.acute-box a').map((l) => l.href)).toEqual(['tel:112']);
    expect(links(container, '.acute-box a').map((l) => l.href)).toContain('tel:112');
  });

  it('links to a copy of itself in each other language, and marks its own', () => {
    for (const lang of ['nb', 'nn', 'en'] as const) {
      const langLinks = [...rootOf(staticPage(lang)).querySelectorAll('.lang-switch a')];
      expect(langLinks.map((a) => [a.getAttribute('lang'), a.getAttribute('href')])).toEqual([
        ['nb', './?lang=nb'],
        ['nn', 'nn.html'],
        ['en', 'en.html'],
      ]);
      expect(langLinks.filter((a) => a.getAttribute('aria-current') === 'true').map((a) => a.getAttribute('lang'))).toEqual([lang]);
    }
  });
});

describe.each(['nb', 'nn', 'en'] as const)('the static start page in %s', (lang) => {
  it('has the language, title, heading, acute box and three choices the app has', () => {
    const doc = staticPage(lang);
    const { container } = renderApp({ lang });
    const page = rootOf(doc);
    expect(doc.documentElement.lang).toBe(lang);
    expect(doc.title).toBe(document.title);
    expect(squeeze(page.querySelector('h1')?.textContent)).toBe(squeeze(container.querySelector('h1')?.textContent));
    expect(texts(page, '.acute-box :is(h2, p, a)')).toEqual(texts(container, '.acute-box :is(h2, p, a)'));
    // The line between the acute box and the choices too: without it the choices moved down when the
    // app took over, under a finger about to tap one.
    expect(texts(page, '.acute-box + p')).toEqual(texts(container, '.acute-box + p'));
    expect(texts(page, '.acute-box + p')).toHaveLength(1);
    expect(links(page, '.start-choices a')).toEqual(links(container, '.start-choices a'));
    expect(page.querySelector('.start-choices')?.getAttribute('aria-label')).toBe(container.querySelector('.start-choices')?.getAttribute('aria-label'));
  });

  it('has the app\'s skip link and footer links, in the same order (WCAG 2.4.1, 3.2.3)', () => {
    const page = rootOf(staticPage(lang));
    const { container } = renderApp({ lang });
    expect(links(page, 'a.skip-link')).toEqual(links(container, 'a.skip-link'));
    expect(page.querySelector('a.skip-link')).toBe(page.querySelector('a'));
    // Without scripts the browser follows #main; main takes the focus.
    expect(page.querySelector('main#main')?.getAttribute('tabindex')).toBe('-1');
    expect(links(page, '.site-footer a')).toEqual(links(container, '.site-footer a'));
  });

  it('names the emergency numbers as the app does: «Ring 112 Politi», the «Ring» hidden from view (WCAG 2.4.4)', () => {
    const page = rootOf(staticPage(lang));
    const { container } = renderApp({ lang });
    const call = CALL[lang];
    expect(links(page, 'nav.emergency a')).toEqual(links(container, 'nav.emergency a'));
    for (const root of [page, container]) expect(texts(root, 'nav.emergency a > .visually-hidden:first-child')).toEqual(Array(5).fill(call));
    for (const link of container.querySelectorAll('nav.emergency a')) expect(link).toHaveAccessibleName(squeeze(link.textContent));
    expect(container.querySelector('nav.emergency a')).toHaveAccessibleName(`${call} 112 ${lang === 'en' ? 'Police' : 'Politi'}`);
    expect(page.querySelector('nav.emergency')?.getAttribute('aria-label')).toBe(container.querySelector('nav.emergency')?.getAttribute('aria-label'));
  });

  it('has the footer\'s privacy promise and emergency line, and no text left in another language', () => {
    const page = rootOf(staticPage(lang));
    const { container } = renderApp({ lang });
    expect(texts(page, '.site-footer > p')).toEqual(texts(container, '.site-footer > p').slice(0, 2));
    if (lang !== 'nb') {
      // Every text the page names is the language's own, except names that are the same in both.
      const bokmaal = rootOf(staticPage('nb'));
      const same = new Set(['Tøm alt', 'Ring', 'Politi', 'Ambulanse', 'Legevakt', 'Alarmtelefonen for barn og unge', 'Om Tiltakskort', 'For opplæring', 'Personvernerklæring', 'Språk']);
      const named = (root: HTMLElement) => [...root.querySelectorAll('[data-i18n]')].map((e) => squeeze(e.textContent));
      const leftInBokmaal = named(page).filter((text, i) => text === named(bokmaal)[i] && !same.has(text));
      expect(leftInBokmaal).toEqual([]);
    }
  });
});

describe('writing the static page in another language', () => {
  it('names the line of a text that is missing', () => {
    const html = INDEX.replace('data-i18n="start.heading.title"', 'data-i18n="start.heading.titel"');
    const line = html.slice(0, html.indexOf('start.heading.titel')).split('\n').length;
    expect(() => translateStaticPage(html, 'nn')).toThrow(new RegExp(`^index\\.html:${line}:\\d+: "start\\.heading\\.titel" is not a text in src/i18n/nn\\.ts`));
  });

  it('refuses markup where a text goes, rather than dropping it', () => {
    const html = INDEX.replace('<p data-i18n="footer.emergency.text">Er noen i fare, ring 112.</p>', '<p data-i18n="footer.emergency.text">Er noen i fare, ring <a href="tel:112">112</a>.</p>');
    expect(() => translateStaticPage(html, 'en')).toThrow(/must hold only its text/);
  });
});
