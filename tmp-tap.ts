import { buildApp } from './tests/e2e/build';
import { serveStatic } from './tests/e2e/server';
import { launchChromium, openPage } from './tests/e2e/browser';
const dir = await buildApp();
const s = await serveStatic(dir);
const b = await launchChromium();
const { page, context } = await openPage(b);
const cdp = await context.newCDPSession(page);
await page.goto(s.url + '/', { waitUntil: 'networkidle' });
await page.getByText('Velg det som passer best.').waitFor();
console.log('loaded');
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.evaluate(`window.__tap = new Promise((resolve) => {
      const before = document.getElementById('step-heading')?.textContent ?? null;
      let t0 = 0;
      document.addEventListener('click', (e) => { t0 = e.timeStamp; }, { capture: true, once: true });
      const mo = new MutationObserver(() => {
        const h = document.getElementById('step-heading');
        if (h === null || h.textContent === before || !h.textContent) return;
        mo.disconnect();
        requestAnimationFrame((frame) => resolve(Math.max(frame, performance.now()) - t0));
      });
      mo.observe(document.body, { subtree: true, childList: true, characterData: true });
    }); 1`);
console.log('installed');
await page.getByRole('link', { name: 'Jeg er bekymret for et barn' }).click();
console.log('clicked');
console.log(await page.evaluate('window.__tap'));
await b.close(); await s.close();
