/**
 * After a new page or step is in the DOM, before the frame that paints it: if the page is scrolled
 * below the top of <main>, go up to it, so that frame shows the new content from its top (its heading
 * in view) instead of wherever the old content was scrolled to.
 *
 * Call it from a layout effect, never before the render: reading the scroll position makes the browser
 * bring style and layout up to date. After the render that is the new content's style and layout,
 * which the coming frame needs anyway, so it costs nothing extra. Before the render it was the old
 * page's, made stale by the tap itself (its :active state ends on release): a second style pass
 * inside the tap (up to ≈ 2 ms at full speed here on a long checklist, traced).
 */
export function showFromTop(): void {
  if (window.scrollY <= 0) return;
  const top = document.getElementById('main')?.offsetTop ?? 0;
  if (window.scrollY > top) window.scrollTo({ top, behavior: 'instant' });
}
