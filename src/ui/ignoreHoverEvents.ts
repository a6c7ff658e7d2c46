/**
 * Hover events never reach React: the app has no hover handlers (hover is styled in CSS, which this
 * does not touch), yet React's root listener runs its whole event dispatch for every mouseover,
 * mouseout, pointerover and pointerout. The browser sends a burst of those each time a new page or
 * step appears under a resting mouse pointer, in the frame that should show that step (≈ 3 ms
 * each with the CPU slowed 4×, traced). Stopped on the window in the capture phase, before React's
 * listener on the root. The lint rule in eslint.config.js refuses onMouseEnter/Over/Leave/Out and
 * onPointerEnter/Over/Leave/Out, which would silently never fire.
 */
export const HOVER_EVENTS = ['mouseover', 'mouseout', 'pointerover', 'pointerout'] as const;

const stop = (event: Event): void => event.stopPropagation();

/** Called once as the app mounts (src/boot.tsx); returns the way back, for tests. */
export function ignoreHoverEvents(): () => void {
  for (const type of HOVER_EVENTS) window.addEventListener(type, stop, { capture: true, passive: true });
  return () => {
    for (const type of HOVER_EVENTS) window.removeEventListener(type, stop, { capture: true });
  };
}
