// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showFromTop } from '../../src/ui/showFromTop';

/** A page whose <main> starts `mainTop` px down, scrolled to `scrollY`; counts reads of main's position. */
function page(mainTop: number, scrollY: number) {
  document.body.innerHTML = '<header></header><main id="main"></main>';
  const main = document.getElementById('main') as HTMLElement;
  let reads = 0;
  Object.defineProperty(main, 'offsetTop', { get: () => (reads++, mainTop) });
  vi.spyOn(window, 'scrollY', 'get').mockReturnValue(scrollY);
  const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  return { scrollTo, reads: () => reads };
}

afterEach(() => vi.restoreAllMocks());

describe('showFromTop: a new page or step starts at the top of <main>', () => {
  it('scrolls up to <main> when the page is scrolled past it', () => {
    const { scrollTo } = page(200, 1400);
    showFromTop();
    expect(scrollTo).toHaveBeenCalledWith({ top: 200, behavior: 'instant' });
  });

  it('leaves a page scrolled less than that where it is (the header stays in view)', () => {
    const { scrollTo } = page(200, 120);
    showFromTop();
    expect(scrollTo).not.toHaveBeenCalled();
  });

  it('does not even read the layout when the page is not scrolled', () => {
    const { scrollTo, reads } = page(200, 0);
    showFromTop();
    expect(scrollTo).not.toHaveBeenCalled();
    expect(reads()).toBe(0);
  });
});
