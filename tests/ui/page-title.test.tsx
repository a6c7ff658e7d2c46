// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderApp, resetBrowserState } from './helpers';
import { trainerSource } from './trainer-helpers';

beforeEach(resetBrowserState);
afterEach(cleanup);

// WCAG 2.4.2: the browser tab (and a screen reader's window list) says which page is open.
describe('the page title', () => {
  // First in the file: the statement's code must not be loaded yet.
  it('names practice by its mode and guide (its heading is a question), and moves on to the next page\'s heading, not the hidden one left behind', async () => {
    renderApp({ hash: '#/trening/ov/barn/02-skole-blaamerker-fysiske-skader', source: trainerSource() });
    await screen.findByRole('heading', { level: 1, name: 'Er barnet eller noen andre i fare akkurat nå?' }, { timeout: 15_000 });
    await waitFor(() => expect(document.title).toBe('Øvingssaker: Bekymret for et barn – vold og overgrep – Tiltakskort'));
    // To a page whose code is not loaded yet: React hides the practice page (its heading still in the
    // document) until the statement is there; title and focus go to the statement's heading.
    await act(async () => {
      window.location.hash = '#/om/tilgjengelighet';
    });
    const heading = await screen.findByRole('heading', { level: 1, name: /Tilgjengelighetserklæring/ }, { timeout: 10_000 });
    await waitFor(() => expect(document.title).toBe(`${heading.textContent} – Tiltakskort`));
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('names the start page and the guide being walked', async () => {
    const user = userEvent.setup();
    renderApp();
    await waitFor(() => expect(document.title).toBe('Tiltakskort – mistanke om vold'));
    await user.click(screen.getByRole('link', { name: /Jeg er bekymret for et barn/ }));
    await screen.findByRole('heading', { level: 1, name: /i fare akkurat nå/ });
    await waitFor(() => expect(document.title).toBe('Bekymret for et barn – vold og overgrep – Tiltakskort'));
    // A step is not in the title: it names the guide, not the answers (a title is kept in the history).
    await user.click(screen.getByRole('button', { name: 'Nei' }));
    expect(document.title).toBe('Bekymret for et barn – vold og overgrep – Tiltakskort');
  });

  it('follows the language', async () => {
    const { i18n } = renderApp({ hash: '#/barn' });
    await screen.findByRole('heading', { level: 1, name: /i fare akkurat nå/ });
    await waitFor(() => expect(document.title).toBe('Bekymret for et barn – vold og overgrep – Tiltakskort'));
    await act(() => i18n.changeLanguage('en'));
    await waitFor(() => expect(document.title).toBe('Worried about a child – violence and abuse – Tiltakskort'));
  });

  it('names the settings page', async () => {
    renderApp({ hash: '#/innstillinger' });
    await waitFor(() => expect(document.title).toBe('Innstillinger – Tiltakskort'), { timeout: 10_000 });
  });

  it('names a statement page by its heading', async () => {
    renderApp({ hash: '#/om/personvern' });
    const heading = await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
    await waitFor(() => expect(document.title).toBe(`${heading.textContent} – Tiltakskort`));
    expect(document.title).not.toBe('Tiltakskort – mistanke om vold');
  });

});
