// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { idleMomentsAtOnce, renderApp, resetBrowserState } from './helpers';

/** Each emergency link's name: a hidden «Ring», the number, and what it is (WCAG 2.4.4). */
const NUMBERS = [
  ['Ring 112 Politi', 'tel:112'],
  ['Ring 113 Ambulanse', 'tel:113'],
  ['Ring 116 117 Legevakt', 'tel:116117'],
  ['Ring 02800 Politiet, ikke akutt', 'tel:02800'],
  ['Ring 116 111 Alarmtelefonen for barn og unge', 'tel:116111'],
] as const;

beforeEach(resetBrowserState);
afterEach(cleanup);

describe('start page', () => {
  it('choosing a flow hides the start page at once and removes it after the paint; the step\'s heading is the only #step-heading all along', async () => {
    // The app warms up as it does while the start page is read, so the first question is rendered
    // in the tap itself: its flows are prepared and its code loaded by the first painted copy.
    idleMomentsAtOnce();
    const { container } = renderApp();
    await waitFor(() => expect(document.querySelector('.rehearsal-painted')).not.toBeNull());
    act(() => screen.getByRole('link', { name: /bekymret for et barn/ }).click());

    // The tap's own render: the first question is there, the start page hidden behind it.
    const main = container.querySelector('main') as HTMLElement;
    const start = main.querySelector('.start-page');
    expect(start).toHaveAttribute('hidden');
    expect(main.lastElementChild).toBe(start);
    expect(document.querySelectorAll('#step-heading'), 'one #step-heading: the hidden page gave its up').toHaveLength(1);
    expect(document.getElementById('step-heading')).toHaveTextContent(/i fare akkurat nå/);
    expect(screen.queryByRole('heading', { name: 'Hva er du bekymret for?' })).toBeNull();

    await waitFor(() => expect(main.querySelector('.start-page')).toBeNull());
    expect(document.querySelectorAll('#step-heading')).toHaveLength(1);
  });

  it('the other pages replace the start page at once (they look for their heading while it would linger)', async () => {
    const { container } = renderApp();
    act(() => screen.getByRole('link', { name: /personvern/i }).click());
    expect(container.querySelector('.start-page')).toBeNull();
  });

  it('shows the emergency numbers as tel: links named «Ring 112 Politi», the «Ring» for screen readers only', () => {
    renderApp();
    const strip = screen.getByRole('navigation', { name: 'Nødnumre' });
    for (const [name, href] of NUMBERS) {
      const link = within(strip).getByRole('link', { name });
      expect(link).toHaveAttribute('href', href);
      expect(link.firstElementChild).toHaveClass('visually-hidden');
      expect(link.firstElementChild).toHaveTextContent(/^Ring$/);
    }
  });

  it('offers the three choices as real links, before the catalog has loaded', () => {
    // A source that never answers: the start page must not wait for it.
    renderApp({ source: { catalog: () => new Promise(() => {}), flow: () => new Promise(() => {}) } });
    const choices = screen.getByRole('list', { name: 'Velg veileder' });
    const links = within(choices).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['#/barn', '#/voksen', '#/utover']);
    expect(links[0]).toHaveTextContent('Jeg er bekymret for et barn');
    expect(links[1]).toHaveTextContent('Jeg er bekymret for en voksen');
    expect(links[2]).toHaveTextContent('Noen bruker vold');
  });

  it('has one h1, landmarks, a skip link and «Tøm alt»', () => {
    renderApp();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Hopp til innholdet' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('button', { name: /Tøm alt/ })).toBeInTheDocument();
  });

  it('puts the police number and what to say on the start page itself', () => {
    renderApp();
    const box = screen.getByRole('region', { name: 'Er noen i fare akkurat nå?' });
    expect(within(box).getByRole('link', { name: 'Ring 112 nå' })).toHaveAttribute('href', 'tel:112');
    expect(box).toHaveTextContent('hvor personen er nå');
  });

  it('index.html carries the numbers and the choices in its static HTML', () => {
    const html = readFileSync(join(__dirname, '../../index.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const root = doc.getElementById('root');
    expect(root).not.toBeNull();
    const hrefs = [...root!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    for (const [, href] of NUMBERS) expect(hrefs).toContain(href);
    expect(hrefs).toEqual(expect.arrayContaining(['#/barn', '#/voksen', '#/utover']));
    expect(doc.documentElement.lang).toBe('nb');
    // No requests to other origins: no external scripts, styles, fonts or images.
    for (const el of doc.querySelectorAll('script[src], link[href], img[src]')) {
      expect(el.getAttribute('src') ?? el.getAttribute('href')).toMatch(/^(\/|data:)/);
    }
  });
});
