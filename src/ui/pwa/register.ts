import { afterFirstContentfulPaint } from './afterFirstContentfulPaint';
import { appUpdates, type UpdateSignal } from './updates';

/** An app left open checks for a new version when shown again, at most this often. */
const CHECK_EVERY_MS = 60 * 60 * 1000;
/** If the new worker has not taken over by then, reload anyway (the page then asks again). */
const RELOAD_FALLBACK_MS = 5000;

/**
 * Registers /sw.js (src/ui/pwa/sw.ts) from this module — never an inline script, which the CSP
 * forbids — in production builds only (the dev server has no worker). workbox-window loads in its own
 * small chunk once the page has loaded *and* shown its first contentful paint, so the worker's
 * set-up and the precache download it starts (every flow, language and page) come after the paint
 * that shows the emergency numbers. On a slow phone and network the load event can come before that
 * paint; registering at load put the chunk's request and the worker's first tasks ahead of it
 * (Lighthouse's first contentful paint, simulated slow 4G, 13 runs each on 2026-12-01: mean
 * ≈ 1,280 → ≈ 1,120 ms).
 *
 * A new version never reloads the page by itself: it is offered to `signal` (the «Oppdater» banner),
 * and only the user's tap activates it (SKIP_WAITING) and reloads. The walk survives that reload: its
 * answer ids are in sessionStorage and its flow version stays cached (see sw.ts).
 */
export function registerServiceWorker(signal: UpdateSignal = appUpdates): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const start = () => void setUp(signal).catch(() => undefined); // no worker: the app still works online
  const afterLoad = () => afterFirstContentfulPaint(start);
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}

async function setUp(signal: UpdateSignal): Promise<void> {
  const { Workbox } = await import('workbox-window');
  const base = import.meta.env.BASE_URL;
  const wb = new Workbox(`${base}sw.js`, { scope: base });
  let requested = false;

  const apply = () => {
    if (requested) return;
    requested = true;
    void navigator.serviceWorker.getRegistration(base).then((registration) => {
      if (registration?.waiting) {
        wb.messageSkipWaiting(); // → 'controlling' below reloads
        setTimeout(() => window.location.reload(), RELOAD_FALLBACK_MS);
      } else {
        window.location.reload(); // already active (another tab updated): just load it
      }
    });
  };

  // A new version installed and waiting, found now or at load (also when another tab found it).
  wb.addEventListener('waiting', () => signal.offer(apply));
  wb.addEventListener('controlling', (event) => {
    if (requested) window.location.reload();
    // Another tab updated: this page keeps running its version until the user reloads it.
    else if (event.isUpdate || event.isExternal) signal.offer(apply);
  });

  await wb.register();

  let last = Date.now();
  const check = () => {
    if (document.visibilityState !== 'visible' || Date.now() - last < CHECK_EVERY_MS) return;
    last = Date.now();
    void wb.update().catch(() => undefined);
  };
  document.addEventListener('visibilitychange', check);
  setInterval(check, CHECK_EVERY_MS);
}
