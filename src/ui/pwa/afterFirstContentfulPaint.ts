/**
 * Run `fn` once the browser reports the page's first contentful paint (Paint Timing), or after
 * `fallbackMs` when it reports none: a tab opened in the background paints nothing until it is
 * shown, and a few browsers do not report paints at all.
 */
export function afterFirstContentfulPaint(fn: () => void, fallbackMs = 5000): void {
  let done = false;
  const run = (): void => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
    fn();
  };
  const reportsPaints = typeof PerformanceObserver !== 'undefined' && (PerformanceObserver.supportedEntryTypes ?? []).includes('paint');
  const observer = reportsPaints
    ? new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) run();
      })
    : undefined;
  const timer = setTimeout(run, fallbackMs);
  // buffered: a paint reported before this call counts too.
  observer?.observe({ type: 'paint', buffered: true });
}
