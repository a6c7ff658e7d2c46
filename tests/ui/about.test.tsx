// @vitest-environment jsdom
// The accessibility and privacy statements (#/om/tilgjengelighet, #/om/personvern) in nb, nn and en:
// what uustatus.no asks a statement to say, what the privacy page promises, and that their strings
// (a lazily merged bundle, src/i18n/about/) are complete in every language.
import { cleanup, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/engine/index';
import { aboutResources } from '../../src/i18n/about/index';
import en from '../../src/i18n/en';
import nb from '../../src/i18n/nb';
import nn from '../../src/i18n/nn';
import { UUSTATUS_URL, UUTILSYNET_URL } from '../../src/ui/about/About';
import { parseRoute } from '../../src/ui/walk/useRoute';
import type { Publisher } from '../../src/schema/publisher';
import { memorySource, renderApp, resetBrowserState } from './helpers';
import { expectSameKeysInEveryLanguage, leaves } from './i18n-bundles';

// The pages are a lazily loaded chunk: load it once here, not inside the first test's time.
beforeAll(async () => {
  await import('../../src/ui/about/About');
});
beforeEach(resetBrowserState);
afterEach(cleanup);


async function axeViolations(): Promise<string[]> {
  const res = await axe.run(document.body, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'], rules: { 'color-contrast': { enabled: false } } });
  return res.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const LANGS: Lang[] = ['nb', 'nn', 'en'];
const MAIN = { nb, nn, en };

/** What each language calls things, from the bundles themselves: the tests check structure, not wording. */
const about = (lang: Lang) => aboutResources[lang].about;

describe('statement strings', () => {
  it('every key exists in nb, nn and en, non-empty, with the same placeholders, and reads component.feature.type', () => {
    expectSameKeysInEveryLanguage(aboutResources, { depth: 3 });
  });

  it('does not redefine a key of the main bundle (they are merged into it)', () => {
    const main = leaves(nb);
    for (const key of leaves(aboutResources.nb).keys()) expect(main.has(key), key).toBe(false);
  });
});

describe('routes', () => {
  it('#/om/… opens the statements, never a flow called "om"', () => {
    expect(parseRoute({ hash: '#/om/tilgjengelighet', search: '' })).toEqual({ name: 'about', page: 'tilgjengelighet' });
    expect(parseRoute({ hash: '#/om/personvern', search: '' })).toEqual({ name: 'about', page: 'personvern' });
    expect(parseRoute({ hash: '#/om', search: '' })).toEqual({ name: 'about', page: undefined });
    expect(parseRoute({ hash: '', search: '?flow=om' })).toEqual({ name: 'start' });
  });
});

describe.each(LANGS)('accessibility statement (%s)', (lang) => {
  it('says which standard and regulation apply, how it was tested, what is known, where to give feedback and complain', async () => {
    renderApp({ lang, hash: '#/om/tilgjengelighet' });
    const t = about(lang).a11y;
    const main = screen.getByRole('main');
    expect(await within(main).findByRole('heading', { level: 1, name: t.page.title })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe(lang);
    const text = main.textContent ?? '';
    expect(text).toContain('WCAG 2.1');
    expect(text).toMatch(/nivå A og AA|levels A and AA/);
    expect(text).toContain('forskrift om universell utforming');
    for (const h of [t.law.heading, t.status.heading, t.tested.heading, t.known.heading, t.feedback.heading, t.complaint.heading]) {
      expect(within(main).getByRole('heading', { level: 2, name: h })).toBeInTheDocument();
    }
    // How it was tested: axe on every step, keyboard and screen-reader names, 320 px and 200 %.
    for (const item of [t.tested.axe, t.tested.keyboard, t.tested.zoom]) expect(within(main).getByText(item)).toBeInTheDocument();
    expect(t.tested.axe).toContain('axe-core');
    expect(t.tested.zoom).toMatch(/320/);
    expect(t.tested.zoom).toMatch(/200 %/);
    // Honest about what is not done: no known breach from the automatic tests, the known deviations
    // listed, real screen readers pending.
    expect(within(main).getByText(t.known.none)).toBeInTheDocument();
    for (const item of [t.known.clear, t.known.title]) expect(within(main).getByText(item)).toBeInTheDocument();
    expect(within(main).getByText(t.known.pending)).toHaveTextContent(/NVDA/);
    // No flows/publisher.yaml (the bundled site): it says that no channel has been given, not a fake one.
    expect(await within(main).findByText(t.feedback.missing)).toBeInTheDocument();
    expect(within(main).queryByRole('link', { name: /@/ })).toBeNull();
    // Plain links to Uu-tilsynet and uustatus.no (the app never requests them itself).
    expect(within(main).getByRole('link', { name: t.complaint.link })).toHaveAttribute('href', UUTILSYNET_URL);
    expect(within(main).getByRole('link', { name: t.complaint.register })).toHaveAttribute('href', UUSTATUS_URL);
    // The date it was last updated, in this language.
    expect(text).toMatch(/2026/);
    expect(within(main).getByRole('link', { name: MAIN[lang].footer.privacyPage.link })).toHaveAttribute('href', '#/om/personvern');
    expect(await axeViolations()).toEqual([]);
  });
});

describe.each(LANGS)('privacy statement (%s)', (lang) => {
  it('says what is stored where, what is not, and how to delete it', async () => {
    renderApp({ lang, hash: '#/om/personvern' });
    const t = about(lang).privacy;
    const main = screen.getByRole('main');
    expect(await within(main).findByRole('heading', { level: 1, name: t.page.title })).toBeInTheDocument();
    const text = main.textContent ?? '';
    // Choices in localStorage, the current walk's answer ids in sessionStorage, cleared by «Tøm alt».
    expect(within(main).getByText(t.stored.choices)).toHaveTextContent('localStorage');
    expect(within(main).getByText(t.stored.walk)).toHaveTextContent('sessionStorage');
    expect(t.stored.walk).toContain(MAIN[lang].clear.button.text);
    // The offline cache: only the app and the flows.
    expect(within(main).getByText(t.stored.offline)).toBeInTheDocument();
    // Notes and drafts in memory only; no cookies, no analytics, no third parties.
    expect(within(main).getByRole('heading', { level: 2, name: t.memory.heading })).toBeInTheDocument();
    for (const item of [t.none.cookies, t.none.analytics, t.none.third]) expect(within(main).getByText(item)).toBeInTheDocument();
    expect(text).toMatch(/cookies/);
    expect(within(main).getByRole('link', { name: MAIN[lang].settings.link.text })).toHaveAttribute('href', '#/innstillinger');
    expect(within(main).getByRole('link', { name: MAIN[lang].footer.a11y.link })).toHaveAttribute('href', '#/om/tilgjengelighet');
    // No publisher given (the bundled site): the general sentence only, no name.
    expect(within(main).queryByText(new RegExp(t.server.publisher.split('{{name}}')[0] ?? ''))).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });
});

describe('footer and index', () => {
  it.each(LANGS)('the footer links to both statements (%s); #/om lists them', async (lang) => {
    renderApp({ lang, hash: '#/om' });
    const footer = screen.getByRole('contentinfo');
    const nav = within(footer).getByRole('navigation', { name: MAIN[lang].footer.about.label });
    expect(within(nav).getByRole('link', { name: MAIN[lang].footer.a11y.link })).toHaveAttribute('href', '#/om/tilgjengelighet');
    expect(within(nav).getByRole('link', { name: MAIN[lang].footer.privacyPage.link })).toHaveAttribute('href', '#/om/personvern');
    const main = screen.getByRole('main');
    expect(await within(main).findByRole('heading', { level: 1, name: about(lang).index.title })).toBeInTheDocument();
    expect(within(main).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(expect.arrayContaining(['#/om/tilgjengelighet', '#/om/personvern']));
  });
});

const PUBLISHER: Publisher = {
  name: { nb: 'Ål kommune', nn: 'Ål kommune', en: 'Ål municipality' },
  feedback: {
    email: 'uu@al.kommune.no',
    url: 'https://al.kommune.no/tilbakemelding',
    who: { nb: 'Servicetorget svarer innen to uker.', nn: 'Servicetorget svarar innan to veker.', en: 'The service desk answers within two weeks.' },
  },
};

describe.each(LANGS)('the feedback channel, from flows/publisher.yaml (%s)', (lang) => {
  it('names the publisher and links its e-mail address and form, with who answers', async () => {
    renderApp({ lang, hash: '#/om/tilgjengelighet', source: { ...memorySource(), publisher: async () => PUBLISHER } });
    const t = about(lang).a11y;
    const main = screen.getByRole('main');
    expect(await within(main).findByRole('link', { name: 'uu@al.kommune.no' })).toHaveAttribute('href', 'mailto:uu@al.kommune.no');
    expect(within(main).getByRole('link', { name: t.feedback.form })).toHaveAttribute('href', 'https://al.kommune.no/tilbakemelding');
    expect(within(main).getByText(PUBLISHER.feedback.who[lang] ?? '')).toBeInTheDocument();
    expect(main).toHaveTextContent(t.page.publisher.replace('{{name}}', PUBLISHER.name[lang] ?? ''));
    expect(within(main).queryByText(t.feedback.missing)).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('names the publisher in the privacy statement as the one who runs the website', async () => {
    renderApp({ lang, hash: '#/om/personvern', source: { ...memorySource(), publisher: async () => PUBLISHER } });
    const t = about(lang).privacy;
    const main = screen.getByRole('main');
    expect(await within(main).findByText(t.server.publisher.replace('{{name}}', PUBLISHER.name[lang] ?? ''))).toBeInTheDocument();
  });

  it('says it could not be fetched (offline, nothing cached), not that there is none', async () => {
    renderApp({ lang, hash: '#/om/tilgjengelighet', source: { ...memorySource(), publisher: () => Promise.reject(new TypeError('Failed to fetch')) } });
    const t = about(lang).a11y;
    const main = screen.getByRole('main');
    expect(await within(main).findByText(t.feedback.unavailable)).toBeInTheDocument();
    expect(within(main).queryByText(t.feedback.missing)).toBeNull();
  });
});
