import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AXE_TAGS, launchChromium, openPage } from './browser';
import { serveStatic } from './server';
const require = createRequire(import.meta.url);
const src = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const t0 = Date.now();
const lap = (m: string) => console.log(`${Date.now() - t0} ms: ${m}`);
const server = await serveStatic('/tmp/tk-build');
const browser = await launchChromium();
const p = await openPage(browser, { viewport: { width: 360, height: 740 } });
const { page } = p;
await page.goto(server.url + '/#/barn', { waitUntil: 'networkidle' });
lap('goto');
await page.evaluate(src); lap('inject');
for (let i = 0; i < 3; i++) { const r = await page.evaluate(async (tags) => { const t = performance.now(); const res = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags } }); return [performance.now() - t, res.violations.length]; }, AXE_TAGS); lap('run ' + JSON.stringify(r)); }
const r2 = await page.evaluate(async (tags) => { const t = performance.now(); const res = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags }, rules: { 'color-contrast': { enabled: false } } }); return [performance.now() - t, res.violations.length]; }, AXE_TAGS); lap('run no contrast ' + JSON.stringify(r2));
console.log(await page.evaluate(() => document.querySelectorAll('*').length), 'elements');
await browser.close(); await server.close();
