// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { TextsProvider, useTexts } from '../../src/ui/texts';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import en from '../../src/i18n/en';
import { createI18n, LANG_STORAGE_KEY } from '../../src/i18n/index';
import nb from '../../src/i18n/nb';
import nn from '../../src/i18n/nn';
import { renderApp, resetBrowserState } from './helpers';
import { expectSameKeysInEveryLanguage, leaves } from './i18n-bundles';

beforeEach(resetBrowserState);
afterEach(cleanup);

describe('i18n', () => {
  it('every key exists in nb, nn and en, non-empty, with the same placeholders', () => {
    expectSameKeysInEveryLanguage({ nb, nn, en });
    for (const [key, value] of leaves(nb)) expect((value as string).trim(), `nb:${key}`).not.toBe('');
  });

  it('keys read as component.feature.type', () => {
    for (const key of leaves(nb).keys()) expect(key.split('.').length, key).toBeGreaterThanOrEqual(3);
  });

  it('switching language changes <html lang>, the texts, and is remembered', async () => {
    const user = userEvent.setup();
    renderApp({ lang: 'nb' });
    expect(document.documentElement.lang).toBe('nb');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Hva er du bekymret for?');
    const group = screen.getByRole('group', { name: 'Språk' });
    expect(group).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Nynorsk' }));
    expect(document.documentElement.lang).toBe('nn');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Kva er du uroleg for?');
    expect(screen.getByRole('button', { name: 'Nynorsk' })).toHaveAttribute('aria-pressed', 'true');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('nn');

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('What are you worried about?');
    expect(screen.getByRole('navigation', { name: 'Emergency numbers' })).toBeInTheDocument();
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');

    // A new app instance starts in the remembered language.
    expect(createI18n().language).toBe('en');
  });

  it('looks each interface text up once per language, for every part of the app, and finds texts added later', async () => {
    const i18n = createI18n('nb');
    const lookups: unknown[] = [];
    const lookUp = i18n.t.bind(i18n) as unknown as (...args: unknown[]) => unknown;
    i18n.t = ((...args: unknown[]) => (lookups.push(args[0]), lookUp(...args))) as unknown as typeof i18n.t;
    let texts: ReturnType<typeof useTexts> | undefined;
    const Probe = () => ((texts = useTexts()), null);
    const renderProbe = () =>
      render(
        <TextsProvider i18n={i18n}>
          <Probe />
        </TextsProvider>,
      );
    renderProbe();
    expect([texts!.t('walk.continue.button'), texts!.t('walk.continue.button')]).toEqual(['Gå videre', 'Gå videre']);
    expect(lookups.filter((k) => k === 'walk.continue.button')).toHaveLength(1);
    // Another tree on the same instance (as a step rendered out of sight) finds it too.
    cleanup();
    renderProbe();
    expect(texts!.t('walk.continue.button')).toBe('Gå videre');
    expect(lookups.filter((k) => k === 'walk.continue.button')).toHaveLength(1);
    // A text whose bundle comes later (the trainer's, the statements') is looked up again until it is there.
    expect(texts!.t('later.added.text' as 'walk.continue.button')).toBe('later.added.text');
    i18n.addResourceBundle('nb', 'translation', { later: { added: { text: 'Lagt til senere' } } }, true, false);
    expect(texts!.t('later.added.text' as 'walk.continue.button')).toBe('Lagt til senere');
    // Another language: looked up afresh.
    await act(() => i18n.changeLanguage('en'));
    expect(texts!.t('walk.continue.button')).toBe(en.walk.continue.button);
  });

  it('flow texts follow the language (they come from the flow data)', async () => {
    const user = userEvent.setup();
    renderApp({ lang: 'en' });
    await user.click(screen.getByRole('link', { name: /I am worried about a child/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Is the child or anyone else in danger now?' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Unsure' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bokmål' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Er barnet eller noen andre i fare akkurat nå?');
    expect(screen.getByRole('button', { name: 'Usikker' })).toBeInTheDocument();
  });
});
