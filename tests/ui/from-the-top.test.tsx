// @vitest-environment jsdom
// A new step or page is shown from its top, and the tap reads where the page is scrolled only once
// the new content is in the DOM: reading it makes the browser bring style and layout up to date, and
// before the render that was the old page's, a whole extra style pass inside the tap (src/ui/showFromTop.ts).
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp, resetBrowserState } from './helpers';

beforeEach(resetBrowserState);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** The page scrolled far down; records the heading in the DOM at each read of the scroll position and at each scroll. */
function scrolledDown() {
  const heading = () => document.getElementById('step-heading')?.textContent ?? '(none)';
  const reads: string[] = [];
  const scrolls: string[] = [];
  vi.spyOn(window, 'scrollY', 'get').mockImplementation(() => (reads.push(heading()), 1400));
  vi.spyOn(window, 'scrollTo').mockImplementation(() => void scrolls.push(heading()));
  return {
    reads,
    scrolls,
    clear() {
      reads.length = 0;
      scrolls.length = 0;
    },
  };
}

describe('a tap shows the next step from its top', () => {
  it('choosing a flow, answering and continuing each scroll up after the new page or step is rendered', async () => {
    const user = userEvent.setup();
    renderApp();
    const choice = await screen.findByRole('link', { name: /Jeg er bekymret for et barn/ });
    const start = screen.getByRole('heading', { level: 1 }).textContent;
    const page = scrolledDown();

    // Here the flow is still loading when the route changes (in the browser it is prepared while the
    // start page is read, and its first step comes with the route): up at the route, then at the step.
    await user.click(choice);
    const acute = await screen.findByRole('heading', { level: 1, name: /i fare akkurat nå/ });
    expect(page.reads).not.toContain(start);
    expect(page.scrolls).not.toContain(start);
    expect(page.scrolls.at(-1)).toBe(acute.textContent);

    page.clear();
    await user.click(screen.getByRole('button', { name: 'Nei' }));
    const signs = screen.getByRole('heading', { level: 1 }).textContent;
    expect(signs).not.toBe(acute.textContent);
    expect(page.scrolls).toEqual([signs]);
    expect(new Set(page.reads)).toEqual(new Set([signs]));

    page.clear();
    await user.click(screen.getByRole('button', { name: 'Gå videre' }));
    const next = screen.getByRole('heading', { level: 1 }).textContent;
    expect(next).not.toBe(signs);
    expect(page.scrolls).toEqual([next]);
    expect(new Set(page.reads)).toEqual(new Set([next]));
  });

  it('going back scrolls up to the step it returns to', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('link', { name: /Jeg er bekymret for et barn/ }));
    const acute = await screen.findByRole('heading', { level: 1, name: /i fare akkurat nå/ });
    await user.click(screen.getByRole('button', { name: 'Nei' }));
    const page = scrolledDown();

    await user.click(screen.getByRole('button', { name: /Tilbake/ }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(acute.textContent ?? '');
    expect(page.scrolls).toEqual([acute.textContent]);
  });

  it('a page not scrolled past the walk stays where it is', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('link', { name: /Jeg er bekymret for et barn/ }));
    await screen.findByRole('heading', { level: 1, name: /i fare akkurat nå/ });
    vi.spyOn(window, 'scrollY', 'get').mockReturnValue(0);
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});

    await user.click(screen.getByRole('button', { name: 'Nei' }));
    expect(scrollTo).not.toHaveBeenCalled();
  });
});
