/**
 * Before a new page or step is rendered: if the page is scrolled below the top of <main>, go up to
 * it, so the frame that shows the new content shows it from its top (its heading in view) instead of
 * wherever the old content was scrolled to. Run it before rendering: layout is still clean then, so
 * reading the position and scrolling cost next to nothing.
 */
export function showFromTop(): void {
  // Not scrolled (a large screen, a page read from its top): nothing to do, and no reading of the
  // layout, which the tap's own :active and focus changes have just made stale.
  if (window.scrollY <= 0) return;
  const top = document.getElementById('main')?.offsetTop ?? 0;
  if (window.scrollY > top) window.scrollTo({ top, behavior: 'instant' });
}
