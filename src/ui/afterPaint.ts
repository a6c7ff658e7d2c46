/**
 * Run `fn` once the browser has painted what was just rendered: a frame, then a task.
 *
 * Used for the work a step change needs but the next screen does not wait for — moving focus to the
 * new heading, announcing it, the history entry, the saved answer ids. Doing it before the paint
 * forces an extra style and layout pass and made a tap on a slow phone take two or three frames
 * instead of one. Returns a cancel function (React effects clean up with it).
 */
export function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(fn, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
