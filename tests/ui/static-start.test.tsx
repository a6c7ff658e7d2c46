// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderApp, resetBrowserState } from './helpers';

/**
 * index.html carries a static copy of the start page so it shows without JavaScript and before the
 * app loads. These tests keep that copy in step with what the app renders, so the two cannot drift.
 */
const staticRoot = (): HTMLElement => {
  const doc = new DOMParser().parseFromString(readFileSync('index.html', 'utf8'), 'text/html');
  const root = doc.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  return root;
};

const links = (el: ParentNode, selector: string): { href: string | null; text: string }[] =>
  [...el.querySelectorAll<HTMLAnchorElement>(selector)].map((a) => ({ href: a.getAttribute('href'), text: (a.textContent ?? '').replace(/\s+/g, ' ').trim() }));

beforeEach(resetBrowserState);
afterEach(cleanup);

describe('the static start page in index.html', () => {
  it('has the same emergency numbers, with the same tel: links, as the app', () => {
    const { container } = renderApp();
    const app = links(container, 'nav.emergency a');
    expect(app.length).toBe(5);
    expect(links(staticRoot(), 'nav.emergency a').map((l) => l.href)).toEqual(app.map((l) => l.href));
  });

  it('has the same three choices and the same "call 112 now" link as the app', () => {
    const { container } = renderApp();
    expect(links(staticRoot(), '.start-choices a')).toEqual(links(container, '.start-choices a'));
    expect(links(staticRoot(), '.acute-box a').map((l) => l.href)).toEqual(['tel:112']);
    expect(links(container, '.acute-box a').map((l) => l.href)).toContain('tel:112');
  });

  it('has the same heading as the app', () => {
    const { container } = renderApp();
    expect(staticRoot().querySelector('h1')?.textContent).toBe(container.querySelector('h1')?.textContent);
  });
});
