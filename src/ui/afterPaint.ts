/**
 * Run `fn` once the browser has painted what was just rendered: a frame, then a task (`waitMs` after
 * the frame: see afterShown).
 *
 * Used for the work a step change needs but the next screen does not wait for — moving focus to the
 * new heading, announcing it, the saved answer ids (the history entry waits longer: `afterShown`).
 * Doing it before the paint forces an extra style and layout pass and made a tap on a slow phone take
 * two or three frames instead of one. Returns a cancel function (React effects clean up with it).
 */
export function afterPaint(fn: () => void, waitMs = 0): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(fn, waitMs);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, waitMs);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * How long after the paint `afterShown` waits: longer than a slow phone takes to draw the frame the
 * main thread has handed over (≈ 20–35 ms on the bench machine at 4×), shorter than a person takes to
 * press Back after tapping an answer (and if they are quicker, useWalk still goes one step back).
 */
export const SHOWN_AFTER_PAINT_MS = 100;

/**
 * Run `fn` once what was just rendered is surely on screen: `afterPaint`, then SHOWN_AFTER_PAINT_MS.
 *
 * For work the browser's own process does, the history entry: right after the paint the frame is
 * still being rastered and drawn, and on a slow device recording a navigation entry competes with that
 * for the CPU — the tap's frame came ≈ 7–9 ms later at 4× (A/B runs of 12 and 16 pages each,
 * docs/performance.md).
 */
export function afterShown(fn: () => void): () => void {
  return afterPaint(fn, SHOWN_AFTER_PAINT_MS);
}
